using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Customers.Grid;

internal sealed class GridPreferenceConfiguration : IEntityTypeConfiguration<GridPreference>
{
    public void Configure(EntityTypeBuilder<GridPreference> builder)
    {
        builder.ToTable("customers_grid_preferences");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Grid).HasMaxLength(50);
        builder.Property(x => x.Columns).HasMaxLength(GridPreference.MaxColumnsLength);
        builder.HasIndex(x => new { x.TenantId, x.UserId, x.Grid }).IsUnique();
    }
}
