using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Ledger.Settings;

internal sealed class CreditBookSettingsConfiguration : IEntityTypeConfiguration<CreditBookSettings>
{
    public void Configure(EntityTypeBuilder<CreditBookSettings> builder)
    {
        builder.ToTable("ledger_settings");
        // One row per business: a second insert (two owners saving at once) fails instead of doubling.
        builder.HasIndex(x => x.TenantId).IsUnique();
    }
}
