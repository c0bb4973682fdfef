using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Merging;

internal sealed class CustomerMergeConfiguration : IEntityTypeConfiguration<CustomerMerge>
{
    public void Configure(EntityTypeBuilder<CustomerMerge> builder)
    {
        builder.ToTable("customers_merges");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.MergedIds).HasMaxLength(40 * CustomerMergeService.MaxMerged);
        builder.Property(x => x.MergedNames).HasMaxLength(2000);
        builder.Property(x => x.ActorName).HasMaxLength(200);
        builder.Property(x => x.UndoneBy).HasMaxLength(200);
        builder.Ignore(x => x.MergedIdList);
        // The survivor's timeline and "later merges of these customers" read merges by survivor and time.
        builder.HasIndex(x => new { x.TenantId, x.SurvivorId, x.At });
        builder.HasIndex(x => new { x.TenantId, x.At });
    }
}
