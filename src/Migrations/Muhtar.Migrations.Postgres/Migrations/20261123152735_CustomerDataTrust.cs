using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Muhtar.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CustomerDataTrust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "MergedAt",
                table: "customers_customers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "customers_customers",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consent_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Recipient = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    IsCompany = table.Column<bool>(type: "boolean", nullable: false),
                    EnteredByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consent_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_custom_fields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Options = table.Column<List<string>>(type: "text[]", nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_custom_fields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_duplicate_candidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecondId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FoundAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_duplicate_candidates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_duplicate_dismissals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecondId = table.Column<Guid>(type: "uuid", nullable: false),
                    DismissedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DismissedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_duplicate_dismissals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_duplicate_scans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CustomersScanned = table.Column<int>(type: "integer", nullable: false),
                    CandidatesFound = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_duplicate_scans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_import_rejections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    DryRun = table.Column<bool>(type: "boolean", nullable: false),
                    RowNumber = table.Column<int>(type: "integer", nullable: false),
                    Field = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CellsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_import_rejections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Format = table.Column<int>(type: "integer", nullable: false),
                    Encoding = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Delimiter = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    TotalRows = table.Column<int>(type: "integer", nullable: false),
                    ColumnsJson = table.Column<string>(type: "text", nullable: false),
                    MappingJson = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HasDryRun = table.Column<bool>(type: "boolean", nullable: false),
                    DryRowsDone = table.Column<int>(type: "integer", nullable: false),
                    DryCreated = table.Column<int>(type: "integer", nullable: false),
                    DryUpdated = table.Column<int>(type: "integer", nullable: false),
                    DryMerged = table.Column<int>(type: "integer", nullable: false),
                    DryRejected = table.Column<int>(type: "integer", nullable: false),
                    RowsDone = table.Column<int>(type: "integer", nullable: false),
                    Created = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Merged = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_merges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "uuid", nullable: false),
                    MergedIds = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    ParticipantStates = table.Column<string>(type: "text", nullable: false),
                    MergedNames = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UndoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UndoneBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_merges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_tag_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Colour = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_tag_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "consent_iys_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsentRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consent_iys_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consent_iys_reports_consent_records_ConsentRecordId",
                        column: x => x.ConsentRecordId,
                        principalTable: "consent_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customers_custom_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    FieldId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Folded = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Number = table.Column<double>(type: "double precision", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Flag = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_custom_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_custom_values_customers_custom_fields_FieldId",
                        column: x => x.FieldId,
                        principalTable: "customers_custom_fields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_customers_custom_values_customers_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers_customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_platform_jobs_completed_at",
                table: "platform_jobs",
                column: "completed_at",
                filter: "completed_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_consent_iys_reports_ConsentRecordId",
                table: "consent_iys_reports",
                column: "ConsentRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consent_iys_reports_TenantId",
                table: "consent_iys_reports",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_consent_records_CustomerId_DecidedAt",
                table: "consent_records",
                columns: new[] { "CustomerId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_consent_records_RecordedAt",
                table: "consent_records",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_consent_records_TenantId",
                table: "consent_records",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_custom_fields_TenantId",
                table: "customers_custom_fields",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_custom_fields_TenantId_Key",
                table: "customers_custom_fields",
                columns: new[] { "TenantId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_custom_values_CustomerId_FieldId",
                table: "customers_custom_values",
                columns: new[] { "CustomerId", "FieldId" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_custom_values_FieldId_Date",
                table: "customers_custom_values",
                columns: new[] { "FieldId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_custom_values_FieldId_Folded",
                table: "customers_custom_values",
                columns: new[] { "FieldId", "Folded" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_custom_values_FieldId_Number",
                table: "customers_custom_values",
                columns: new[] { "FieldId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_custom_values_TenantId",
                table: "customers_custom_values",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_duplicate_candidates_TenantId",
                table: "customers_duplicate_candidates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_duplicate_candidates_TenantId_FirstId_SecondId",
                table: "customers_duplicate_candidates",
                columns: new[] { "TenantId", "FirstId", "SecondId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_duplicate_candidates_TenantId_Score_Id",
                table: "customers_duplicate_candidates",
                columns: new[] { "TenantId", "Score", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_duplicate_candidates_TenantId_SecondId",
                table: "customers_duplicate_candidates",
                columns: new[] { "TenantId", "SecondId" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_duplicate_dismissals_TenantId",
                table: "customers_duplicate_dismissals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_duplicate_dismissals_TenantId_FirstId_SecondId",
                table: "customers_duplicate_dismissals",
                columns: new[] { "TenantId", "FirstId", "SecondId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_duplicate_scans_TenantId",
                table: "customers_duplicate_scans",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_duplicate_scans_TenantId_StartedAt",
                table: "customers_duplicate_scans",
                columns: new[] { "TenantId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_import_rejections_ImportId_DryRun_RowNumber",
                table: "customers_import_rejections",
                columns: new[] { "ImportId", "DryRun", "RowNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_import_rejections_TenantId",
                table: "customers_import_rejections",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_imports_CreatedAt",
                table: "customers_imports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_customers_imports_TenantId",
                table: "customers_imports",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_merges_TenantId",
                table: "customers_merges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_merges_TenantId_At",
                table: "customers_merges",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_merges_TenantId_SurvivorId_At",
                table: "customers_merges",
                columns: new[] { "TenantId", "SurvivorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_tag_definitions_TenantId",
                table: "customers_tag_definitions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_tag_definitions_TenantId_NormalizedName",
                table: "customers_tag_definitions",
                columns: new[] { "TenantId", "NormalizedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_requests_TenantId",
                table: "privacy_requests",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_requests_TenantId_CustomerId",
                table: "privacy_requests",
                columns: new[] { "TenantId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_requests_TenantId_Status_DueOn",
                table: "privacy_requests",
                columns: new[] { "TenantId", "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consent_iys_reports");

            migrationBuilder.DropTable(
                name: "customers_custom_values");

            migrationBuilder.DropTable(
                name: "customers_duplicate_candidates");

            migrationBuilder.DropTable(
                name: "customers_duplicate_dismissals");

            migrationBuilder.DropTable(
                name: "customers_duplicate_scans");

            migrationBuilder.DropTable(
                name: "customers_import_rejections");

            migrationBuilder.DropTable(
                name: "customers_imports");

            migrationBuilder.DropTable(
                name: "customers_merges");

            migrationBuilder.DropTable(
                name: "customers_tag_definitions");

            migrationBuilder.DropTable(
                name: "privacy_requests");

            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "customers_custom_fields");

            migrationBuilder.DropIndex(
                name: "ix_platform_jobs_completed_at",
                table: "platform_jobs");

            migrationBuilder.DropColumn(
                name: "MergedAt",
                table: "customers_customers");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "customers_customers");
        }
    }
}
