using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Loyalty.Programme;

internal sealed class LoyaltyProgrammeConfiguration : IEntityTypeConfiguration<LoyaltyProgramme>
{
    public void Configure(EntityTypeBuilder<LoyaltyProgramme> builder)
    {
        builder.ToTable("loyalty_programmes");
        // One programme per business.
        builder.HasIndex(x => x.TenantId).IsUnique();
    }
}
