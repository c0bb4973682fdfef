using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.Customers.Addresses;
using Muhtar.Customers.Audit;
using Muhtar.Customers.Notes;
using Muhtar.Customers.Tags;
using Muhtar.Platform.Errors;

namespace Muhtar.Customers.Customers;

internal sealed partial class CustomerService
{
    // A note's audit line shows its beginning; the note itself keeps the full text.
    private const int AuditedNoteLength = 200;

    public async Task<NoteResponse?> AddNoteAsync(Guid customerId, NoteRequest request, CancellationToken cancellationToken = default)
    {
        var noteText = request.Text?.Trim();
        if (string.IsNullOrEmpty(noteText))
        {
            throw new RuleViolation("text", text["Validation.NoteRequired"]);
        }

        if (noteText.Length > CustomerNote.MaxTextLength)
        {
            throw new RuleViolation("text", text["Validation.TooLong", CustomerNote.MaxTextLength]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return null;
        }

        var note = new CustomerNote(customerId, noteText, tenant.UserId, tenant.ActorName, Now);
        db.Add(note);
        var audited = noteText.Length <= AuditedNoteLength ? noteText : noteText[..AuditedNoteLength] + "…";
        CustomerAuditLog.Record(db, tenant, customerId, "Notes", null, audited, Now);
        await db.SaveChangesAsync(cancellationToken);
        return NoteResponse.From(note);
    }

    public async Task<CustomerResponse?> AddTagAsync(Guid customerId, string? tag, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(customerId, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var tags = current.Tags.Append(tag ?? "").ToList();
        return await UpdateAsync(customerId, new CustomerPatch { Tags = Optional<IReadOnlyList<string>?>.Of(tags) }, cancellationToken);
    }

    public async Task<CustomerResponse?> RemoveTagAsync(Guid customerId, string tag, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(customerId, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var removed = CustomerTag.Normalize(tag);
        var tags = current.Tags.Where(t => CustomerTag.Normalize(t) != removed).ToList();
        return await UpdateAsync(customerId, new CustomerPatch { Tags = Optional<IReadOnlyList<string>?>.Of(tags) }, cancellationToken);
    }

    public async Task<AddressResponse?> AddAddressAsync(Guid customerId, AddressRequest request, CancellationToken cancellationToken = default)
    {
        var draft = ValidateAddress(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Set<Customer>().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var address = customer.AddAddress(draft, Now);
        customer.Touch(Now);
        CustomerAuditLog.Record(db, tenant, customerId, "Addresses", null, draft.ToString(), Now);
        db.Publish(new CustomerUpdated(customerId, ["addresses"], Now));
        await db.SaveChangesAsync(cancellationToken);
        return AddressResponse.From(address);
    }

    /// <summary>Null when the customer is unknown; false when it has no such address.</summary>
    public async Task<bool?> RemoveAddressAsync(Guid customerId, Guid addressId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Set<Customer>().Include(c => c.Addresses).FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        if (customer.RemoveAddress(addressId) is not { } removed)
        {
            return false;
        }

        customer.Touch(Now);
        CustomerAuditLog.Record(db, tenant, customerId, "Addresses", removed.ToDraft().ToString(), null, Now);
        db.Publish(new CustomerUpdated(customerId, ["addresses"], Now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private AddressDraft ValidateAddress(AddressRequest request)
    {
        var line = CustomerValidator.Clean(request.Line);
        if (line is null)
        {
            throw new RuleViolation("line", text["Validation.AddressLineRequired"]);
        }

        return new AddressDraft(
            Limit(request.Label, "label", CustomerAddress.MaxLabelLength),
            Limit(line, "line", CustomerAddress.MaxLineLength)!,
            Limit(request.District, "district", CustomerAddress.MaxPlaceLength),
            Limit(request.City, "city", CustomerAddress.MaxPlaceLength),
            Limit(request.PostalCode, "postalCode", CustomerAddress.MaxPostalCodeLength));
    }

    private string? Limit(string? value, string field, int maxLength)
    {
        var cleaned = CustomerValidator.Clean(value);
        return cleaned is { Length: var length } && length > maxLength
            ? throw new RuleViolation(field, text["Validation.TooLong", maxLength])
            : cleaned;
    }
}
