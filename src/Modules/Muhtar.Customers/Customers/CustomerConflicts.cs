using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Customers.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Customers;

/// <summary>
/// The business keys that must stay unique within a business (C2, C3): phone, e-mail, card number and
/// external ids. A clash is a 409 naming the field and carrying <c>existingCustomerId</c> so a person
/// can open the customer who already has it. The unique indexes back this up under races.
/// </summary>
internal sealed class CustomerConflicts(IPhoneNormalizer phones, IStringLocalizer<CustomersResource> text)
{
    public const string ExistingCustomerId = "existingCustomerId";

    public async Task ThrowIfTakenAsync(MuhtarDbContext db, CustomerDraft draft, Guid? self, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, draft, self, cancellationToken) is { } violation)
        {
            throw violation;
        }
    }

    public async Task<RuleViolation?> FindAsync(MuhtarDbContext db, CustomerDraft draft, Guid? self, CancellationToken cancellationToken)
    {
        var others = db.Set<Customer>().AsNoTracking().Where(c => c.Id != self);
        if (draft.Phone is { } phone
            && await others.Where(c => c.Phone == phone).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } byPhone)
        {
            return Conflict("phone", text["Conflict.Phone", phones.Format(phone)], byPhone);
        }

        var email = draft.Email?.ToLowerInvariant();
        if (email is not null
            && await others.Where(c => c.EmailNormalized == email).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } byEmail)
        {
            return Conflict("email", text["Conflict.Email", draft.Email!], byEmail);
        }

        if (draft.CardNumber is { } card
            && await others.Where(c => c.CardNumber == card).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } byCard)
        {
            return Conflict("cardNumber", text["Conflict.CardNumber", card], byCard);
        }

        foreach (var (system, value) in draft.ExternalIds)
        {
            var owner = await db.Set<CustomerExternalId>().AsNoTracking()
                .Where(x => x.System == system && x.Value == value && x.CustomerId != self)
                .Select(x => (Guid?)x.CustomerId)
                .FirstOrDefaultAsync(cancellationToken);
            if (owner is { } byExternalId)
            {
                return Conflict("externalIds", text["Conflict.ExternalId", system, value], byExternalId);
            }
        }

        return null;
    }

    private static RuleViolation Conflict(string field, string message, Guid existing) =>
        new RuleViolation(field, message, StatusCodes.Status409Conflict).With(ExistingCustomerId, existing);
}
