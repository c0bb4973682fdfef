using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Muhtar.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SchedulingCreditBookWorkOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AmountKurus = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReversesId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_reminder_states",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_reminder_states", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scheduling_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    Price = table.Column<long>(type: "bigint", nullable: false),
                    BufferMinutes = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduling_services", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workorders_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PriceKurus = table.Column<long>(type: "bigint", nullable: false),
                    DepositKurus = table.Column<long>(type: "bigint", nullable: false),
                    PromisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workorders_orders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_TenantId",
                table: "ledger_entries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_TenantId_CustomerId_RecordedAt",
                table: "ledger_entries",
                columns: new[] { "TenantId", "CustomerId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_TenantId_ReversesId",
                table: "ledger_entries",
                columns: new[] { "TenantId", "ReversesId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_reminder_states_TenantId",
                table: "ledger_reminder_states",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_reminder_states_TenantId_CustomerId",
                table: "ledger_reminder_states",
                columns: new[] { "TenantId", "CustomerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_services_TenantId",
                table: "scheduling_services",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_services_TenantId_Name",
                table: "scheduling_services",
                columns: new[] { "TenantId", "Name" });

            migrationBuilder.CreateIndex(
                name: "ix_workorders_orders_tenant_number",
                table: "workorders_orders",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workorders_orders_TenantId",
                table: "workorders_orders",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_workorders_orders_TenantId_CustomerId",
                table: "workorders_orders",
                columns: new[] { "TenantId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_workorders_orders_TenantId_Status",
                table: "workorders_orders",
                columns: new[] { "TenantId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "ledger_reminder_states");

            migrationBuilder.DropTable(
                name: "scheduling_services");

            migrationBuilder.DropTable(
                name: "workorders_orders");
        }
    }
}
