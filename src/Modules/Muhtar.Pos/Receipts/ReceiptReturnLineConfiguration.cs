using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Pos.Receipts;

internal sealed class ReceiptReturnLineConfiguration : IEntityTypeConfiguration<ReceiptReturnLine>
{
    public void Configure(EntityTypeBuilder<ReceiptReturnLine> builder)
    {
        builder.ToTable("pos_return_lines");
        builder.HasKey(x => new { x.ReturnId, x.OriginalLineNo });
    }
}
