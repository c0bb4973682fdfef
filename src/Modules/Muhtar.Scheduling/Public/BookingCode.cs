using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Scheduling.Public;

/// <summary>
/// A booking asked for on the public page, waiting for the one-time SMS code. Only a salted hash of the code is
/// kept; it expires after <see cref="Lifetime"/> and dies after <see cref="MaxAttempts"/> wrong tries.
/// </summary>
internal sealed class BookingCode : ITenantScoped
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxAttempts = 5;

    private BookingCode()
    {
    }

    public BookingCode(string phone, Guid customerId, Guid serviceId, Guid? staffId, DateTime start, string code, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Phone = phone;
        CustomerId = customerId;
        ServiceId = serviceId;
        StaffId = staffId;
        Start = start;
        CodeHash = Hash(Id, code);
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>E.164; the per-phone limit counts requests by it.</summary>
    public string Phone { get; private set; } = "";

    public Guid CustomerId { get; private set; }

    public Guid ServiceId { get; private set; }

    /// <summary>Null: "anyone".</summary>
    public Guid? StaffId { get; private set; }

    public DateTime Start { get; private set; }

    public string CodeHash { get; private set; } = "";

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? UsedAt { get; private set; }

    public Guid? AppointmentId { get; private set; }

    public bool Matches(string? code) =>
        code is { Length: 6 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(Id, code)), Encoding.ASCII.GetBytes(CodeHash));

    /// <summary>The request id salts the hash, so equal codes of two requests do not look alike.</summary>
    private static string Hash(Guid id, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id.ToString("N") + ":" + code)));
}

internal sealed class BookingCodeConfiguration : IEntityTypeConfiguration<BookingCode>
{
    public void Configure(EntityTypeBuilder<BookingCode> builder)
    {
        builder.ToTable("scheduling_booking_codes");
        builder.Property(x => x.Phone).HasMaxLength(20);
        builder.Property(x => x.CodeHash).HasMaxLength(64);
        builder.HasIndex(x => new { x.TenantId, x.Phone, x.CreatedAt });
    }
}
