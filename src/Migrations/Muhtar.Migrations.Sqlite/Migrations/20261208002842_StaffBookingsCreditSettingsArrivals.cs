using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Muhtar.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StaffBookingsCreditSettingsArrivals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ResourceId",
                table: "scheduling_services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ledger_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReminderIntervalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scheduling_appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    End = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BlockEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduling_appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scheduling_occupancy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderKind = table.Column<int>(type: "INTEGER", nullable: false),
                    HolderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SlotIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduling_occupancy", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scheduling_resources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduling_resources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scheduling_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoursJson = table.Column<string>(type: "TEXT", nullable: false),
                    DaysOffJson = table.Column<string>(type: "TEXT", nullable: false),
                    ServiceIdsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduling_staff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workorders_arrivals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedTerm = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workorders_arrivals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_settings_TenantId",
                table: "ledger_settings",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_appointments_TenantId",
                table: "scheduling_appointments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_appointments_TenantId_CustomerId",
                table: "scheduling_appointments",
                columns: new[] { "TenantId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_appointments_TenantId_Start",
                table: "scheduling_appointments",
                columns: new[] { "TenantId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_occupancy_AppointmentId",
                table: "scheduling_occupancy",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_occupancy_holder_unit",
                table: "scheduling_occupancy",
                columns: new[] { "TenantId", "HolderKind", "HolderId", "SlotIndex", "Unit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_occupancy_TenantId",
                table: "scheduling_occupancy",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_resources_TenantId",
                table: "scheduling_resources",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_resources_TenantId_Name",
                table: "scheduling_resources",
                columns: new[] { "TenantId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_staff_TenantId",
                table: "scheduling_staff",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_staff_TenantId_DisplayName",
                table: "scheduling_staff",
                columns: new[] { "TenantId", "DisplayName" });

            migrationBuilder.CreateIndex(
                name: "ix_workorders_arrivals_tenant_term_day",
                table: "workorders_arrivals",
                columns: new[] { "TenantId", "NormalizedTerm", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workorders_arrivals_TenantId",
                table: "workorders_arrivals",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ledger_settings");

            migrationBuilder.DropTable(
                name: "scheduling_appointments");

            migrationBuilder.DropTable(
                name: "scheduling_occupancy");

            migrationBuilder.DropTable(
                name: "scheduling_resources");

            migrationBuilder.DropTable(
                name: "scheduling_staff");

            migrationBuilder.DropTable(
                name: "workorders_arrivals");

            migrationBuilder.DropColumn(
                name: "ResourceId",
                table: "scheduling_services");
        }
    }
}
