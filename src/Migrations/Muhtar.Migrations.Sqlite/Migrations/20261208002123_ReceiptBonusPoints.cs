using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Muhtar.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReceiptBonusPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BonusPoints",
                table: "pos_receipts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BonusPoints",
                table: "pos_receipts");
        }
    }
}
