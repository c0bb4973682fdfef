using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Ledger.Localization;
using Muhtar.Platform.Errors;

namespace Muhtar.Ledger.Book;

/// <summary>Finds the customer an entry is for: by id, or by a phone in any written form, enrolling an unknown
/// phone only when asked (the UI offers it after the first "not found").</summary>
internal sealed class CustomerLookup(ICustomerDirectory customers, IPhoneNormalizer phones, ICustomerEditor editor, IStringLocalizer<LedgerResource> text)
{
    public async Task<CustomerSummary> ResolveAsync(Guid? customerId, string? phone, bool enrol, CancellationToken ct = default)
    {
        if (customerId is { } id)
        {
            return await customers.GetAsync(id, ct) ?? throw new RuleViolation("customerId", text["Problem.CustomerNotFound"], 404);
        }

        if (!phones.TryNormalize(phone, out var e164))
        {
            throw new RuleViolation("phone", text["Entry.PhoneInvalid"]);
        }

        if (await customers.FindByPhoneAsync(e164, ct) is { } found)
        {
            return found;
        }

        if (!enrol)
        {
            throw new RuleViolation("phone", text["Entry.PhoneUnknown"], 404).With("canEnrol", true);
        }

        var created = await editor.EnrolAsync(e164, null, null, ct);
        return await customers.GetAsync(created, ct) ?? throw new InvalidOperationException("An enrolled customer could not be read back.");
    }
}
