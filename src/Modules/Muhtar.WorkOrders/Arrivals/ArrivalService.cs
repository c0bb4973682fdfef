using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;
using Muhtar.Platform.Text;
using Muhtar.WorkOrders.Localization;
using Muhtar.WorkOrders.Orders;

namespace Muhtar.WorkOrders.Arrivals;

/// <summary>
/// Marks a product or tag as arrived and tells the customers whose preference notes or tags mention it (L3).
/// The SMS is COMMERCIAL: the customer did not ask for it and it advertises a product, which Turkish law
/// (6563, İYS) treats as a commercial electronic message needing ONAY. The outbox stores it as Blocked for
/// customers without consent, and the page says how many were not messaged.
/// </summary>
internal sealed class ArrivalService(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ICustomerPreferences preferences,
    IMessageOutbox outbox,
    ITenantContext tenant,
    TimeProvider clock,
    IStringLocalizer<WorkOrdersResource> text)
{
    public const int MaxRecipients = 500;
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    public async Task<IReadOnlyList<PreferenceMatch>> MatchAsync(string? term, CancellationToken cancellationToken = default)
    {
        var (typed, _) = Check(term);
        return await preferences.FindAsync(typed, MaxRecipients, cancellationToken);
    }

    public async Task<ArrivalResult> AnnounceAsync(string? term, CancellationToken cancellationToken = default)
    {
        var (typed, folded) = Check(term);
        var arrival = await FindOrAddAsync(typed, folded, cancellationToken);
        var matches = await preferences.FindAsync(typed, MaxRecipients, cancellationToken);
        var business = await BusinessNameAsync(cancellationToken);
        int queued = 0, already = 0, blocked = 0, noPhone = 0;
        foreach (var match in matches)
        {
            if (string.IsNullOrEmpty(match.Customer.Phone))
            {
                noPhone++;
                continue;
            }

            var result = await outbox.QueueAsync(new OutgoingMessage(match.Customer.Id, MessageChannel.Sms, MessagePurpose.Commercial,
                arrival.DedupeKey(match.Customer.Id), Body: Body(match.Customer, arrival.Term, business), Source: "arrivals"), cancellationToken);
            if (result.AlreadyQueued)
            {
                already++;
            }
            else if (result.Status == MessageStatus.Blocked)
            {
                blocked++;
            }
            else
            {
                queued++;
            }
        }

        return new ArrivalResult(arrival, matches.Count, queued, already, blocked, noPhone);
    }

    private (string Typed, string Folded) Check(string? term)
    {
        var typed = term?.Trim() ?? "";
        var folded = TurkishText.Fold(typed);
        if (folded.Length == 0)
        {
            throw new RuleViolation("term", text["Arrival.TermRequired"]);
        }

        if (typed.Length > ProductArrival.MaxTermLength)
        {
            throw new RuleViolation("term", text["Arrival.TermTooLong", ProductArrival.MaxTermLength]);
        }

        return (typed, folded);
    }

    private async Task<ProductArrival> FindOrAddAsync(string typed, string folded, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), WorkOrderMessages.Zone).DateTime);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Set<ProductArrival>().AsNoTracking().FirstOrDefaultAsync(a => a.NormalizedTerm == folded && a.Day == day, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var arrival = new ProductArrival(typed, folded, day, clock.GetUtcNow().UtcDateTime);
        db.Add(arrival);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return arrival;
        }
        catch (DbUpdateException ex) when (IsTermDayTaken(ex))
        {
            // Another tap announced the same product a moment ago: share its arrival, so its dedupe keys hold.
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await again.Set<ProductArrival>().AsNoTracking().SingleAsync(a => a.NormalizedTerm == folded && a.Day == day, cancellationToken);
        }
    }

    private string Body(CustomerSummary customer, string term, string business)
    {
        // In Turkish whatever the staff's screen language: it goes to the shop's customers.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Turkish;
        try
        {
            return text["Sms.Arrived", Salutation.For(customer), term, business];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private async Task<string> BusinessNameAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Tenant>().Where(t => t.Id == tenant.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
    }

    private static bool IsTermDayTaken(DbUpdateException exception) =>
        UniqueIndex.IsViolated(exception, ProductArrivalConfiguration.TermDayIndex, "workorders_arrivals.");
}

/// <summary>What one tap did: how many customers matched, got a new message, had it already, lacked consent or a phone.</summary>
internal sealed record ArrivalResult(ProductArrival Arrival, int Matched, int Queued, int AlreadyQueued, int Blocked, int NoPhone);
