using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Muhtar.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AppointmentRevisionAndBookingCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "scheduling_appointments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "scheduling_booking_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    Start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduling_booking_codes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_booking_codes_TenantId",
                table: "scheduling_booking_codes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_booking_codes_TenantId_Phone_CreatedAt",
                table: "scheduling_booking_codes",
                columns: new[] { "TenantId", "Phone", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scheduling_booking_codes");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "scheduling_appointments");
        }
    }
}
