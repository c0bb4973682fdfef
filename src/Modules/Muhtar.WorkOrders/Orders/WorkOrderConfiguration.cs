using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.WorkOrders.Orders;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public const string NumberIndex = "ix_workorders_orders_tenant_number";

    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.ToTable("workorders_orders");
        builder.Property(x => x.Description).HasMaxLength(500);
        builder.Property(x => x.Notes).HasMaxLength(1000);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(x => x.IsOpen);

        // Two receipts at the same moment both take max + 1; this index lets exactly one win and the other retry.
        builder.HasIndex(x => new { x.TenantId, x.Number }).IsUnique().HasDatabaseName(NumberIndex);
        builder.HasIndex(x => new { x.TenantId, x.CustomerId });
        builder.HasIndex(x => new { x.TenantId, x.Status });
    }
}
