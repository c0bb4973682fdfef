using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Muhtar.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MessagingAndAutomation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "automation_rule_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_automation_rule_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "automation_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    IsEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    TriggerKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EventType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CurrentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ScannedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_automation_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "automation_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RunKey = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Trigger = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NextStep = table.Column<int>(type: "integer", nullable: false),
                    WaitingUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TouchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_automation_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "automation_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneeUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneeRole = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DoneBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_automation_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_grid_preferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grid = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Columns = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_grid_preferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integrations_webhook_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Secret = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_webhook_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integrations_webhooks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Events = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Secret = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_webhooks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_channels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProtectedSettings = table.Column<string>(type: "text", nullable: false),
                    ProtectedWebhookSecret = table.Column<string>(type: "text", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    WebhookKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_channels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_inbound",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelSetupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProviderMessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsOptOut = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StoredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_inbound", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    dedupe_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    template_id = table.Column<Guid>(type: "uuid", nullable: true),
                    body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    whatsapp_template = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    whatsapp_parameters = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    max_attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lease_owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    lease_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    provider_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    provider_message_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    last_answer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    to_address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    read_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    failed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    blocked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    handed_over_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    polled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_outbox_settings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuietHoursEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    QuietStart = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    QuietEnd = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    CapCount = table.Column<int>(type: "integer", nullable: false),
                    CapDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_outbox_settings", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "messaging_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WhatsAppTemplateName = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    WhatsAppLanguage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    WhatsAppParameters = table.Column<List<string>>(type: "text[]", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    FirstUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "automation_run_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WaitingUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_automation_run_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_automation_run_steps_automation_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "automation_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "integrations_webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EventName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    DedupeKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    RoundAttempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastStatusCode = table.Column<int>(type: "integer", nullable: true),
                    LastResponse = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastDurationMs = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_webhook_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_integrations_webhook_deliveries_integrations_webhooks_Subsc~",
                        column: x => x.SubscriptionId,
                        principalTable: "integrations_webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "messaging_send_ledger",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    handovers = table.Column<int>(type: "integer", nullable: false),
                    first_handed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_handed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_worker = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_send_ledger", x => x.message_id);
                    table.ForeignKey(
                        name: "FK_messaging_send_ledger_messaging_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "messaging_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_automation_rule_versions_RuleId_Number",
                table: "automation_rule_versions",
                columns: new[] { "RuleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_automation_rule_versions_TenantId",
                table: "automation_rule_versions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_automation_rules_TenantId",
                table: "automation_rules",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_automation_rules_TenantId_TriggerKind_EventType",
                table: "automation_rules",
                columns: new[] { "TenantId", "TriggerKind", "EventType" });

            migrationBuilder.CreateIndex(
                name: "IX_automation_run_steps_RunId_Index",
                table: "automation_run_steps",
                columns: new[] { "RunId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_automation_run_steps_TenantId",
                table: "automation_run_steps",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_automation_runs_CustomerId_StartedAt",
                table: "automation_runs",
                columns: new[] { "CustomerId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_automation_runs_RuleId_StartedAt",
                table: "automation_runs",
                columns: new[] { "RuleId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_automation_runs_Status_TouchedAt",
                table: "automation_runs",
                columns: new[] { "Status", "TouchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_automation_runs_TenantId",
                table: "automation_runs",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "ux_automation_runs_rule_key",
                table: "automation_runs",
                columns: new[] { "RuleId", "RunKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_automation_tasks_CustomerId_CreatedAt",
                table: "automation_tasks",
                columns: new[] { "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_automation_tasks_DoneAt_AssigneeUserId",
                table: "automation_tasks",
                columns: new[] { "DoneAt", "AssigneeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_automation_tasks_RunId_Step",
                table: "automation_tasks",
                columns: new[] { "RunId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_automation_tasks_TenantId",
                table: "automation_tasks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_grid_preferences_TenantId",
                table: "customers_grid_preferences",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_grid_preferences_TenantId_UserId_Grid",
                table: "customers_grid_preferences",
                columns: new[] { "TenantId", "UserId", "Grid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_deliveries_SubscriptionId_CreatedAt",
                table: "integrations_webhook_deliveries",
                columns: new[] { "SubscriptionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_deliveries_TenantId",
                table: "integrations_webhook_deliveries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_deliveries_TenantId_DedupeKey",
                table: "integrations_webhook_deliveries",
                columns: new[] { "TenantId", "DedupeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_keys_TenantId",
                table: "integrations_webhook_keys",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhooks_TenantId",
                table: "integrations_webhooks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhooks_TenantId_CreatedAt",
                table: "integrations_webhooks",
                columns: new[] { "TenantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_channels_TenantId",
                table: "messaging_channels",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_messaging_channels_TenantId_Channel",
                table: "messaging_channels",
                columns: new[] { "TenantId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messaging_channels_WebhookKey",
                table: "messaging_channels",
                column: "WebhookKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messaging_inbound_CustomerId_ReceivedAt",
                table: "messaging_inbound",
                columns: new[] { "CustomerId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_inbound_TenantId",
                table: "messaging_inbound",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_messaging_inbound_TenantId_ReceivedAt",
                table: "messaging_inbound",
                columns: new[] { "TenantId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "ux_messaging_inbound_provider_id",
                table: "messaging_inbound",
                columns: new[] { "TenantId", "Channel", "ProviderMessageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_messaging_messages_customer",
                table: "messaging_messages",
                columns: new[] { "tenant_id", "customer_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_messaging_messages_provider_message_id",
                table: "messaging_messages",
                columns: new[] { "tenant_id", "provider_message_id" });

            migrationBuilder.CreateIndex(
                name: "ix_messaging_messages_queued_next_attempt_at",
                table: "messaging_messages",
                column: "next_attempt_at",
                filter: "status = 'Queued'");

            migrationBuilder.CreateIndex(
                name: "ix_messaging_messages_status_sent_at",
                table: "messaging_messages",
                columns: new[] { "tenant_id", "status", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_messages_tenant_id",
                table: "messaging_messages",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ux_messaging_messages_tenant_dedupe_key",
                table: "messaging_messages",
                columns: new[] { "tenant_id", "dedupe_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messaging_outbox_settings_TenantId",
                table: "messaging_outbox_settings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_messaging_send_ledger_tenant_id",
                table: "messaging_send_ledger",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "IX_messaging_templates_TenantId",
                table: "messaging_templates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_messaging_templates_TenantId_Channel_IsArchived",
                table: "messaging_templates",
                columns: new[] { "TenantId", "Channel", "IsArchived" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_templates_TenantId_NameKey",
                table: "messaging_templates",
                columns: new[] { "TenantId", "NameKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "automation_rule_versions");

            migrationBuilder.DropTable(
                name: "automation_rules");

            migrationBuilder.DropTable(
                name: "automation_run_steps");

            migrationBuilder.DropTable(
                name: "automation_tasks");

            migrationBuilder.DropTable(
                name: "customers_grid_preferences");

            migrationBuilder.DropTable(
                name: "integrations_webhook_deliveries");

            migrationBuilder.DropTable(
                name: "integrations_webhook_keys");

            migrationBuilder.DropTable(
                name: "messaging_channels");

            migrationBuilder.DropTable(
                name: "messaging_inbound");

            migrationBuilder.DropTable(
                name: "messaging_outbox_settings");

            migrationBuilder.DropTable(
                name: "messaging_send_ledger");

            migrationBuilder.DropTable(
                name: "messaging_templates");

            migrationBuilder.DropTable(
                name: "platform_data_protection_keys");

            migrationBuilder.DropTable(
                name: "automation_runs");

            migrationBuilder.DropTable(
                name: "integrations_webhooks");

            migrationBuilder.DropTable(
                name: "messaging_messages");
        }
    }
}
