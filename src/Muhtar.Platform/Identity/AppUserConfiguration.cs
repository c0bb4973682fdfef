using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Platform.Identity;

/// <summary>
/// People sign in with their e-mail alone, before any business is known, so an e-mail belongs to one user
/// across the whole installation; the database enforces it as well as Identity's validator.
/// </summary>
internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.Property(u => u.InvitationTokenHash).HasMaxLength(64);
        builder.HasIndex(u => u.InvitationTokenHash).IsUnique();
    }
}
