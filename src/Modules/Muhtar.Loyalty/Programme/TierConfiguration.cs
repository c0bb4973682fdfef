using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Loyalty.Programme;

internal sealed class TierConfiguration : IEntityTypeConfiguration<Tier>
{
    public void Configure(EntityTypeBuilder<Tier> builder)
    {
        builder.ToTable("loyalty_tiers");
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.Benefits).HasMaxLength(1000);
        builder.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
    }
}
