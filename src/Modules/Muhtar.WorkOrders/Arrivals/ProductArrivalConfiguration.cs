using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.WorkOrders.Arrivals;

internal sealed class ProductArrivalConfiguration : IEntityTypeConfiguration<ProductArrival>
{
    public const string TermDayIndex = "ix_workorders_arrivals_tenant_term_day";

    public void Configure(EntityTypeBuilder<ProductArrival> builder)
    {
        builder.ToTable("workorders_arrivals");
        builder.Property(x => x.Term).HasMaxLength(ProductArrival.MaxTermLength);
        builder.Property(x => x.NormalizedTerm).HasMaxLength(ProductArrival.MaxTermLength * 2);

        // Two taps (or two staff) announcing the same product the same day share one arrival, so nobody hears twice.
        builder.HasIndex(x => new { x.TenantId, x.NormalizedTerm, x.Day }).IsUnique().HasDatabaseName(TermDayIndex);
    }
}
