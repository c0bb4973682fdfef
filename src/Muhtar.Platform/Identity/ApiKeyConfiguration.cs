using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Platform.Audit;

namespace Muhtar.Platform.Identity;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("platform_api_keys");
        builder.Property(x => x.Name).HasMaxLength(ApiKeyService.MaxNameLength);
        builder.Property(x => x.Prefix).HasMaxLength(ApiKeyFormat.PrefixLength);
        builder.Property(x => x.StoreCode).HasMaxLength(TillBinding.MaxCodeLength);
        builder.Property(x => x.TillCode).HasMaxLength(TillBinding.MaxCodeLength);
        builder.Property(x => x.Hash).HasMaxLength(64).NotAudited();
        builder.Property(x => x.LastUsedAt).NotAudited();
        builder.Ignore(x => x.IsRevoked);
        builder.HasIndex(x => x.Prefix).IsUnique();
    }
}
