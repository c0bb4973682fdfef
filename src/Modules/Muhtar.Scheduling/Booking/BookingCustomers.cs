using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Errors;
using Muhtar.Scheduling.Localization;

namespace Muhtar.Scheduling.Booking;

/// <summary>Finds the customer a booking is for: by id, or by a phone in any written form, enrolling a new phone
/// (one field at the desk: type the number, the customer is found or created).</summary>
internal sealed class BookingCustomers(ICustomerDirectory customers, IPhoneNormalizer phones, ICustomerEditor editor, IStringLocalizer<SchedulingResource> text)
{
    public async Task<CustomerSummary> ResolveAsync(Guid? customerId, string? phone, string? firstName, string? lastName, CancellationToken ct = default)
    {
        if (customerId is { } id)
        {
            return await customers.GetAsync(id, ct) ?? throw new RuleViolation("customerId", text["Booking.CustomerNotFound"], 404);
        }

        if (!phones.TryNormalize(phone, out var e164))
        {
            throw new RuleViolation("phone", text["Booking.PhoneInvalid"]);
        }

        if (await customers.FindByPhoneAsync(e164, ct) is { } found)
        {
            return found;
        }

        var created = await editor.EnrolAsync(e164, Blank(firstName), Blank(lastName), ct);
        return await customers.GetAsync(created, ct) ?? throw new InvalidOperationException("An enrolled customer could not be read back.");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
