using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;
using Muhtar.Scheduling.Booking;
using Muhtar.Scheduling.Localization;
using Muhtar.Scheduling.Services;
using Muhtar.Scheduling.Staff;

namespace Muhtar.Scheduling.Public;

/// <summary>
/// The public booking page's flow (S2 online): a free slot is chosen, a 6-digit code goes to the phone by SMS, and
/// only the right code books, through <see cref="AppointmentBook"/> so the occupancy index still refuses double bookings.
/// The business comes from the slug in the address, never from the body.
/// </summary>
internal sealed class PublicBooking(
    TenantDirectory tenants, TenantContext tenant, IDbContextFactory<MuhtarDbContext> dbFactory, Availability availability,
    BookingCustomers customers, IPhoneNormalizer phones, IMessageOutbox outbox, AppointmentBook book, TimeProvider time,
    IStringLocalizer<PublicBookingResource> text)
{
    /// <summary>Codes one phone may ask for per hour at one business: each one is an SMS the business pays for.</summary>
    public const int CodesPerPhonePerHour = 3;

    /// <summary>Acts as the business with this slug for the rest of the request; false when there is none.</summary>
    public async Task<bool> EnterAsync(string slug, CancellationToken ct)
    {
        if (await tenants.FindIdBySlugAsync(slug, ct) is not { } id)
        {
            return false;
        }

        tenant.Set(id, null, "online-booking");
        return true;
    }

    public async Task<IReadOnlyList<PublicService>> ServicesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var services = await db.Set<BookableService>().AsNoTracking().Where(s => s.IsActive).ToListAsync(ct);
        var staff = await db.Set<StaffMember>().AsNoTracking().ToListAsync(ct);
        return [.. services.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new PublicService(s.Id, s.Name, s.DurationMinutes, s.Price,
            [.. Availability.Performers(staff, s.Id).Select(p => new PublicStaff(p.Id, p.DisplayName))]))];
    }

    /// <summary>Checks the slot is free now, then texts the code; returns the request the code confirms.</summary>
    public async Task<BookingCode> RequestCodeAsync(CodeRequest request, CancellationToken ct)
    {
        if (!phones.TryNormalize(request.Phone, out var phone))
        {
            throw new RuleViolation("phone", text["Phone.Invalid"]);
        }

        var service = await ServiceAsync(request.ServiceId, ct);
        if (request.Start is not { } start)
        {
            throw new RuleViolation("start", text["Slot.NotFree"]);
        }

        var zone = await availability.ZoneAsync(ct);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        var slots = await availability.FindAsync(service, date, request.StaffId, Occupancy.UnitMinutes, null, ct);
        if (!slots.Any(s => s.Start == start))
        {
            throw new RuleViolation("start", text["Slot.NotFree"], 409);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hourAgo = now.AddHours(-1);
        if (await db.Set<BookingCode>().CountAsync(c => c.Phone == phone && c.CreatedAt > hourAgo, ct) >= CodesPerPhonePerHour)
        {
            throw new RuleViolation("phone", text["Phone.TooManyCodes"], 429);
        }

        var customer = await customers.ResolveAsync(null, phone, request.FirstName, request.LastName, ct);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var pending = new BookingCode(phone, customer.Id, service.Id, request.StaffId, start.UtcDateTime, code, now);
        db.Add(pending);
        await db.SaveChangesAsync(ct);

        var business = await db.Set<Tenant>().Where(t => t.Id == tenant.TenantId).Select(t => t.Name).SingleAsync(ct);
        await outbox.QueueAsync(new OutgoingMessage(customer.Id, MessageChannel.Sms, MessagePurpose.Transactional,
            $"booking-code:{pending.Id}", Body: text["Code.Sms", business, code], Source: "online-booking"), ct);
        return pending;
    }

    /// <summary>Books when the code is right; a wrong, stale or spent code books nothing.</summary>
    public async Task<AppointmentView?> ConfirmAsync(Guid requestId, string? code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await db.Set<BookingCode>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == requestId, ct);
        if (pending is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (pending.UsedAt is not null)
        {
            throw new RuleViolation("code", text["Code.Used"], 409);
        }
        if (pending.Attempts >= BookingCode.MaxAttempts)
        {
            throw new RuleViolation("code", text["Code.TooManyAttempts"], 429);
        }
        if (now >= pending.ExpiresAt)
        {
            throw new RuleViolation("code", text["Code.Expired"]);
        }

        // Counting the try before judging it: parallel guesses cannot get more than MaxAttempts looks at the hash.
        var counted = await db.Set<BookingCode>()
            .Where(c => c.Id == requestId && c.UsedAt == null && c.Attempts < BookingCode.MaxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), ct);
        if (counted == 0)
        {
            throw new RuleViolation("code", text["Code.TooManyAttempts"], 429);
        }
        if (!pending.Matches(code?.Trim()))
        {
            throw new RuleViolation("code", text["Code.Wrong"]);
        }

        // Spent before booking, so two confirmations with the same code cannot both book.
        var spent = await db.Set<BookingCode>().Where(c => c.Id == requestId && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct);
        if (spent == 0)
        {
            throw new RuleViolation("code", text["Code.Used"], 409);
        }

        var view = await book.BookAsync(new BookingDraft(pending.CustomerId, null, null, null, pending.ServiceId, pending.StaffId,
            new DateTimeOffset(DateTime.SpecifyKind(pending.Start, DateTimeKind.Utc)), AppointmentSource.Online, null), ct);
        await db.Set<BookingCode>().Where(c => c.Id == requestId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AppointmentId, view.Id), ct);
        return view;
    }

    private async Task<BookableService> ServiceAsync(Guid? serviceId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var service = serviceId is null ? null : await db.Set<BookableService>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, ct);
        return service is { IsActive: true } ? service : throw new RuleViolation("serviceId", text["Service.Unknown"]);
    }
}

internal sealed record CodeRequest(Guid? ServiceId, Guid? StaffId, DateTimeOffset? Start, string? FirstName, string? LastName, string? Phone);

internal sealed record PublicStaff(Guid Id, string Name);

internal sealed record PublicService(Guid Id, string Name, int DurationMinutes, long Price, IReadOnlyList<PublicStaff> Staff);
