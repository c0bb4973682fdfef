using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Muhtar.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TillLoyaltyPromotions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsOnline",
                table: "pos_stores",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsArchived",
                table: "pos_products",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "StoreCode",
                table: "platform_api_keys",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TillCode",
                table: "platform_api_keys",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "loyalty_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "loyalty_earn_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MultiplierMilli = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_earn_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "loyalty_point_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Points = table.Column<long>(type: "INTEGER", nullable: false),
                    ShortfallPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_point_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "loyalty_programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    EarnRateMilli = table.Column<int>(type: "INTEGER", nullable: false),
                    PointValueKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    MinRedeemPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxRedeemPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiryMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpiryScannedUntil = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "loyalty_stamp_cards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StampsRequired = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_stamp_cards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "loyalty_stamp_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Stamps = table.Column<int>(type: "INTEGER", nullable: false),
                    ShortfallStamps = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_stamp_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "loyalty_tiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ThresholdPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    EarnMultiplierMilli = table.Column<int>(type: "INTEGER", nullable: false),
                    Benefits = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_tiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pos_promotions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TargetTag = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RewardTargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RewardTargetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RewardTargetTag = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Exclusive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Paused = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StoreList = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BudgetKurus = table.Column<long>(type: "INTEGER", nullable: true),
                    SpentKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    RequiresCoupon = table.Column<bool>(type: "INTEGER", nullable: false),
                    PerCustomerLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    AudienceList = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BuyQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    GetQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    PercentOff = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountOffKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    ThresholdKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    BonusPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedPromotionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CouponTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CouponValidDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_promotions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pos_receipt_line_discounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PromotionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AmountKurus = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_receipt_line_discounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pos_receipt_line_discounts_pos_receipt_lines_ReceiptId_LineNo",
                        columns: x => new { x.ReceiptId, x.LineNo },
                        principalTable: "pos_receipt_lines",
                        principalColumns: new[] { "ReceiptId", "LineNo" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pos_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalReceiptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StoreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TillCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RefundKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    PointsReversed = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_returns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pos_returns_pos_receipts_OriginalReceiptId",
                        column: x => x.OriginalReceiptId,
                        principalTable: "pos_receipts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pos_returns_pos_stores_StoreId",
                        column: x => x.StoreId,
                        principalTable: "pos_stores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "loyalty_point_entry_lines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    QuantityMilli = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_point_entry_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_loyalty_point_entry_lines_loyalty_point_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "loyalty_point_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "loyalty_stamp_card_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_stamp_card_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_loyalty_stamp_card_targets_loyalty_stamp_cards_CardId",
                        column: x => x.CardId,
                        principalTable: "loyalty_stamp_cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "loyalty_stamp_entry_lines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    QuantityMilli = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loyalty_stamp_entry_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_loyalty_stamp_entry_lines_loyalty_stamp_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "loyalty_stamp_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pos_coupons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PromotionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MaxRedemptions = table.Column<int>(type: "INTEGER", nullable: true),
                    Redemptions = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IssuedByReceiptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_coupons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pos_coupons_pos_promotions_PromotionId",
                        column: x => x.PromotionId,
                        principalTable: "pos_promotions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pos_return_lines",
                columns: table => new
                {
                    ReturnId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalLineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuantityMilli = table.Column<int>(type: "INTEGER", nullable: false),
                    RefundKurus = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_return_lines", x => new { x.ReturnId, x.OriginalLineNo });
                    table.ForeignKey(
                        name: "FK_pos_return_lines_pos_returns_ReturnId",
                        column: x => x.ReturnId,
                        principalTable: "pos_returns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pos_coupon_redemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouponId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PromotionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: true),
                    CustomerSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    DiscountKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    BonusPoints = table.Column<long>(type: "INTEGER", nullable: false),
                    RedeemedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_coupon_redemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pos_coupon_redemptions_pos_coupons_CouponId",
                        column: x => x.CouponId,
                        principalTable: "pos_coupons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_accounts_TenantId",
                table: "loyalty_accounts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_accounts_TenantId_CustomerId",
                table: "loyalty_accounts",
                columns: new[] { "TenantId", "CustomerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_earn_rules_TenantId",
                table: "loyalty_earn_rules",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_point_entries_TenantId",
                table: "loyalty_point_entries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_point_entries_TenantId_CustomerId_OccurredAt",
                table: "loyalty_point_entries",
                columns: new[] { "TenantId", "CustomerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_point_entries_TenantId_ExpiresAt",
                table: "loyalty_point_entries",
                columns: new[] { "TenantId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_point_entries_TenantId_ReceiptId",
                table: "loyalty_point_entries",
                columns: new[] { "TenantId", "ReceiptId" });

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_point_entries_TenantId_SourceKind_SourceId_Kind",
                table: "loyalty_point_entries",
                columns: new[] { "TenantId", "SourceKind", "SourceId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_point_entry_lines_EntryId",
                table: "loyalty_point_entry_lines",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_programmes_TenantId",
                table: "loyalty_programmes",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_stamp_card_targets_CardId",
                table: "loyalty_stamp_card_targets",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_stamp_cards_TenantId",
                table: "loyalty_stamp_cards",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_stamp_entries_TenantId",
                table: "loyalty_stamp_entries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_stamp_entries_TenantId_CustomerId_CardId",
                table: "loyalty_stamp_entries",
                columns: new[] { "TenantId", "CustomerId", "CardId" });

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_stamp_entries_TenantId_ReceiptId",
                table: "loyalty_stamp_entries",
                columns: new[] { "TenantId", "ReceiptId" });

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_stamp_entries_TenantId_SourceKind_SourceId_CardId_Kind",
                table: "loyalty_stamp_entries",
                columns: new[] { "TenantId", "SourceKind", "SourceId", "CardId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_stamp_entry_lines_EntryId",
                table: "loyalty_stamp_entry_lines",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_tiers_TenantId",
                table: "loyalty_tiers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_loyalty_tiers_TenantId_Name",
                table: "loyalty_tiers",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_coupon_redemptions_CouponId_Sequence",
                table: "pos_coupon_redemptions",
                columns: new[] { "CouponId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_coupon_redemptions_CustomerId_TenantId",
                table: "pos_coupon_redemptions",
                columns: new[] { "CustomerId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_coupon_redemptions_PromotionId_CustomerId_CustomerSequence",
                table: "pos_coupon_redemptions",
                columns: new[] { "PromotionId", "CustomerId", "CustomerSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_coupon_redemptions_ReceiptId_TenantId",
                table: "pos_coupon_redemptions",
                columns: new[] { "ReceiptId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_coupon_redemptions_TenantId",
                table: "pos_coupon_redemptions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_coupons_CustomerId_TenantId",
                table: "pos_coupons",
                columns: new[] { "CustomerId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_coupons_PromotionId_TenantId",
                table: "pos_coupons",
                columns: new[] { "PromotionId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_coupons_TenantId",
                table: "pos_coupons",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_coupons_TenantId_Code",
                table: "pos_coupons",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_promotions_TenantId",
                table: "pos_promotions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_promotions_TenantId_Name",
                table: "pos_promotions",
                columns: new[] { "TenantId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipt_line_discounts_ReceiptId_LineNo",
                table: "pos_receipt_line_discounts",
                columns: new[] { "ReceiptId", "LineNo" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipt_line_discounts_TenantId",
                table: "pos_receipt_line_discounts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipt_line_discounts_TenantId_PromotionId",
                table: "pos_receipt_line_discounts",
                columns: new[] { "TenantId", "PromotionId" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_return_lines_TenantId",
                table: "pos_return_lines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_returns_OriginalReceiptId",
                table: "pos_returns",
                column: "OriginalReceiptId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_returns_StoreId",
                table: "pos_returns",
                column: "StoreId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_returns_TenantId",
                table: "pos_returns",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_returns_TenantId_CustomerId_OccurredAt",
                table: "pos_returns",
                columns: new[] { "TenantId", "CustomerId", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "loyalty_accounts");

            migrationBuilder.DropTable(
                name: "loyalty_earn_rules");

            migrationBuilder.DropTable(
                name: "loyalty_point_entry_lines");

            migrationBuilder.DropTable(
                name: "loyalty_programmes");

            migrationBuilder.DropTable(
                name: "loyalty_stamp_card_targets");

            migrationBuilder.DropTable(
                name: "loyalty_stamp_entry_lines");

            migrationBuilder.DropTable(
                name: "loyalty_tiers");

            migrationBuilder.DropTable(
                name: "pos_coupon_redemptions");

            migrationBuilder.DropTable(
                name: "pos_receipt_line_discounts");

            migrationBuilder.DropTable(
                name: "pos_return_lines");

            migrationBuilder.DropTable(
                name: "loyalty_point_entries");

            migrationBuilder.DropTable(
                name: "loyalty_stamp_cards");

            migrationBuilder.DropTable(
                name: "loyalty_stamp_entries");

            migrationBuilder.DropTable(
                name: "pos_coupons");

            migrationBuilder.DropTable(
                name: "pos_returns");

            migrationBuilder.DropTable(
                name: "pos_promotions");

            migrationBuilder.DropColumn(
                name: "IsOnline",
                table: "pos_stores");

            migrationBuilder.DropColumn(
                name: "IsArchived",
                table: "pos_products");

            migrationBuilder.DropColumn(
                name: "StoreCode",
                table: "platform_api_keys");

            migrationBuilder.DropColumn(
                name: "TillCode",
                table: "platform_api_keys");
        }
    }
}
