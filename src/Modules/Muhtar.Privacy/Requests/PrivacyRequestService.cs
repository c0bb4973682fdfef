using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Privacy;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;
using Muhtar.Privacy.Localization;

namespace Muhtar.Privacy.Requests;

/// <summary>
/// The data-subject request use cases and the only writer of <see cref="PrivacyRequest"/>. Every query runs
/// under the tenant filter, so another business's request is as unknown as a made-up id (null → 404).
/// </summary>
internal sealed class PrivacyRequestService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    BusinessDay day,
    ICustomerDirectory customers,
    IEnumerable<IPersonalDataHolder> holders,
    IStringLocalizer<PrivacyResource> text)
{
    public const int MaxPageSize = 200;

    public async Task<PrivacyRequestPage> ListAsync(PrivacyRequestStatus? status, Guid? customerId, bool overdueOnly, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var today = day.Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<PrivacyRequest>().AsNoTracking();
        if (overdueOnly)
        {
            query = query.Where(r => r.Status == PrivacyRequestStatus.Open && r.DueOn < today);
        }
        else if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (customerId is { } customer)
        {
            query = query.Where(r => r.CustomerId == customer);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.DueOn).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var names = new Dictionary<Guid, string?>();
        foreach (var id in rows.Select(r => r.CustomerId).Distinct())
        {
            names[id] = (await customers.GetAsync(id, cancellationToken))?.DisplayName;
        }

        return new PrivacyRequestPage(rows.Select(r => ToResponse(r, names[r.CustomerId], today)).ToList(), page, pageSize, total);
    }

    public async Task<PrivacyRequestResponse?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.Set<PrivacyRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return request is null ? null : await RespondAsync(request, cancellationToken);
    }

    public async Task<PrivacyRequestResponse> CreateAsync(CreatePrivacyRequest body, CancellationToken cancellationToken = default)
    {
        if (body.CustomerId is not { } customerId || customerId == Guid.Empty)
        {
            throw new RuleViolation("customerId", text["Validation.CustomerRequired"]);
        }

        if (body.Type is null || !PrivacyRequestNames.Types.TryGetValue(body.Type, out var type))
        {
            throw new RuleViolation("type", text["Validation.TypeInvalid"]);
        }

        if (body.Channel is null || !PrivacyRequestNames.Channels.TryGetValue(body.Channel, out var channel))
        {
            throw new RuleViolation("channel", text["Validation.ChannelInvalid"]);
        }

        if (body.RequestedOn is not { } requestedOn)
        {
            throw new RuleViolation("requestedOn", text["Validation.RequestedOnRequired"]);
        }

        if (requestedOn > day.Today)
        {
            throw new RuleViolation("requestedOn", text["Validation.RequestedOnFuture"]);
        }

        var note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim();
        if (note?.Length > PrivacyRequest.MaxNoteLength)
        {
            throw new RuleViolation("note", text["Validation.NoteTooLong", PrivacyRequest.MaxNoteLength]);
        }

        if (type == PrivacyRequestType.Rectification && note is null)
        {
            throw new RuleViolation("note", text["Validation.NoteRequired"]);
        }

        if (await customers.GetAsync(customerId, cancellationToken) is null)
        {
            throw new RuleViolation("customerId", text["Validation.CustomerNotFound"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = new PrivacyRequest(customerId, type, channel, requestedOn, note, tenant.UserId, tenant.ActorName, day.UtcNow);
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return await RespondAsync(request, cancellationToken);
    }

    /// <summary>
    /// Answers the request. An erasure anonymises the person in every module inside one transaction: every
    /// holder works on the same context, so either all of them erase or none does.
    /// </summary>
    public async Task<PrivacyRequestResponse?> CompleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.Set<PrivacyRequest>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        EnsureOpen(request);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (request.Type == PrivacyRequestType.Erasure)
            {
                foreach (var holder in holders)
                {
                    await holder.EraseAsync(db, request.CustomerId, cancellationToken);
                }

                // Who erased whom under which request, and nothing else: the erased values are gone for good.
                db.Add(new AuditEntry("Customer", request.CustomerId, AuditAction.Updated, "Erased", null, request.Id.ToString(),
                    tenant.UserId, tenant.ActorName, day.UtcNow));
            }

            request.Complete(tenant.UserId, tenant.ActorName, day.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await GetAsync(id, cancellationToken);
    }

    public async Task<PrivacyRequestResponse?> RejectAsync(Guid id, RejectPrivacyRequest body, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.Set<PrivacyRequest>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var reason = body.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            throw new RuleViolation("reason", text["Validation.ReasonRequired"]);
        }

        if (reason.Length > PrivacyRequest.MaxReasonLength)
        {
            throw new RuleViolation("reason", text["Validation.ReasonTooLong", PrivacyRequest.MaxReasonLength]);
        }

        EnsureOpen(request);
        request.Reject(reason, tenant.UserId, tenant.ActorName, day.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return await RespondAsync(request, cancellationToken);
    }

    /// <summary>Records in the audit trail that the export was handed out (which format, by whom), without its content.</summary>
    public async Task RecordExportAsync(Guid id, string format, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Add(new AuditEntry(nameof(PrivacyRequest), id, AuditAction.Updated, "Exported", null, format, tenant.UserId, tenant.ActorName, day.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Only an export or rectification request hands out the person's data; an erasure request has nothing to give.</summary>
    public void EnsureExportable(PrivacyRequestResponse request)
    {
        if (request.Type == PrivacyRequestNames.Of(PrivacyRequestType.Erasure))
        {
            throw new RuleViolation("type", text["Problem.ErasureHasNoExport"], StatusCodes.Status409Conflict);
        }
    }

    private void EnsureOpen(PrivacyRequest request)
    {
        if (request.Status != PrivacyRequestStatus.Open)
        {
            throw new RuleViolation("status", text["Problem.NotOpen"], StatusCodes.Status409Conflict);
        }
    }

    private async Task<PrivacyRequestResponse> RespondAsync(PrivacyRequest request, CancellationToken cancellationToken) =>
        ToResponse(request, (await customers.GetAsync(request.CustomerId, cancellationToken))?.DisplayName, day.Today);

    private static PrivacyRequestResponse ToResponse(PrivacyRequest r, string? customerName, DateOnly today) => new(
        r.Id, r.CustomerId, customerName, PrivacyRequestNames.Of(r.Type), PrivacyRequestNames.Of(r.Channel), r.RequestedOn, r.DueOn,
        r.DueOn.DayNumber - today.DayNumber, r.IsOverdue(today), PrivacyRequestNames.Of(r.Status), r.Note, r.RejectionReason,
        Utc(r.CreatedAt), r.CreatedBy, r.HandledAt is { } handled ? Utc(handled) : null, r.HandledBy);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
