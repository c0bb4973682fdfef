using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Loyalty.Programme;

internal sealed class EarnRuleConfiguration : IEntityTypeConfiguration<EarnRule>
{
    public void Configure(EntityTypeBuilder<EarnRule> builder)
    {
        builder.ToTable("loyalty_earn_rules");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.TargetKind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => x.TenantId);
    }
}
