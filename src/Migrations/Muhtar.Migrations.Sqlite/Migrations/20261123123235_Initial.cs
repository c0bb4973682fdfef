using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Muhtar.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "customers_customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 201, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ParentCompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 201, nullable: false),
                    SortName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EmailNormalized = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_customers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_customers_customers_customers_ParentCompanyId",
                        column: x => x.ParentCompanyId,
                        principalTable: "customers_customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_api_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_api_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OldValue = table.Column<string>(type: "TEXT", nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_idempotency",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Caller = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResponseStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResponseLocation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResponseBody = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_idempotency", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lease_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    lease_owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    max_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    dedupe_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    failed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_tenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvitationTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InvitationExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pos_brands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_brands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pos_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pos_categories_pos_categories_ParentId",
                        column: x => x.ParentId,
                        principalTable: "pos_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pos_stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_stores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pos_suppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_suppliers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_addresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Line = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_addresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_addresses_customers_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers_customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customers_external_ids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    System = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_external_ids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_external_ids_customers_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers_customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customers_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_notes_customers_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers_customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customers_search_tokens",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_search_tokens", x => new { x.CustomerId, x.Token });
                    table.ForeignKey(
                        name: "FK_customers_search_tokens_customers_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers_customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customers_tags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_tags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_tags_customers_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers_customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_claims_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claims_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_logins_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_roles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_tokens_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pos_receipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TillCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Cashier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceiptNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubtotalKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    DiscountKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_receipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pos_receipts_pos_stores_StoreId",
                        column: x => x.StoreId,
                        principalTable: "pos_stores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pos_tills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_tills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pos_tills_pos_stores_StoreId",
                        column: x => x.StoreId,
                        principalTable: "pos_stores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pos_products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Barcode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SortKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrandId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PriceKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    CostKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Size = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_products", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pos_products_pos_brands_BrandId",
                        column: x => x.BrandId,
                        principalTable: "pos_brands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pos_products_pos_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "pos_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pos_products_pos_suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "pos_suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pos_product_tags",
                columns: table => new
                {
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_product_tags", x => new { x.ProductId, x.Tag });
                    table.ForeignKey(
                        name: "FK_pos_product_tags_pos_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "pos_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pos_receipt_lines",
                columns: table => new
                {
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Barcode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QuantityMilli = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPriceKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    DiscountKurus = table.Column<long>(type: "INTEGER", nullable: false),
                    LineTotalKurus = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pos_receipt_lines", x => new { x.ReceiptId, x.LineNo });
                    table.ForeignKey(
                        name: "FK_pos_receipt_lines_pos_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "pos_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pos_receipt_lines_pos_receipts_ReceiptId",
                        column: x => x.ReceiptId,
                        principalTable: "pos_receipts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_customers_addresses_CustomerId_CreatedAt",
                table: "customers_addresses",
                columns: new[] { "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_addresses_TenantId",
                table: "customers_addresses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_ParentCompanyId",
                table: "customers_customers",
                column: "ParentCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_TenantId",
                table: "customers_customers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_TenantId_CardNumber",
                table: "customers_customers",
                columns: new[] { "TenantId", "CardNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_TenantId_EmailNormalized",
                table: "customers_customers",
                columns: new[] { "TenantId", "EmailNormalized" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_TenantId_IsArchived_CreatedAt_Id",
                table: "customers_customers",
                columns: new[] { "TenantId", "IsArchived", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_TenantId_IsArchived_SortName_Id",
                table: "customers_customers",
                columns: new[] { "TenantId", "IsArchived", "SortName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_TenantId_IsArchived_UpdatedAt_Id",
                table: "customers_customers",
                columns: new[] { "TenantId", "IsArchived", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_TenantId_ParentCompanyId",
                table: "customers_customers",
                columns: new[] { "TenantId", "ParentCompanyId" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_TenantId_Phone",
                table: "customers_customers",
                columns: new[] { "TenantId", "Phone" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_customers_TenantId_SearchName",
                table: "customers_customers",
                columns: new[] { "TenantId", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_external_ids_CustomerId_System",
                table: "customers_external_ids",
                columns: new[] { "CustomerId", "System" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_external_ids_TenantId",
                table: "customers_external_ids",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_external_ids_TenantId_System_Value",
                table: "customers_external_ids",
                columns: new[] { "TenantId", "System", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_external_ids_TenantId_Value",
                table: "customers_external_ids",
                columns: new[] { "TenantId", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_notes_CustomerId_CreatedAt",
                table: "customers_notes",
                columns: new[] { "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_notes_TenantId",
                table: "customers_notes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_search_tokens_TenantId",
                table: "customers_search_tokens",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_search_tokens_TenantId_Token",
                table: "customers_search_tokens",
                columns: new[] { "TenantId", "Token" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_tags_CustomerId_NormalizedName",
                table: "customers_tags",
                columns: new[] { "CustomerId", "NormalizedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_tags_TenantId",
                table: "customers_tags",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_tags_TenantId_NormalizedName_CustomerId",
                table: "customers_tags",
                columns: new[] { "TenantId", "NormalizedName", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_api_keys_Prefix",
                table: "platform_api_keys",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_api_keys_TenantId",
                table: "platform_api_keys",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_TenantId",
                table: "platform_audit",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_TenantId_EntityId_At",
                table: "platform_audit",
                columns: new[] { "TenantId", "EntityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_idempotency_TenantId",
                table: "platform_idempotency",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_idempotency_TenantId_Caller_Key",
                table: "platform_idempotency",
                columns: new[] { "TenantId", "Caller", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_jobs_open_due_at",
                table: "platform_jobs",
                column: "due_at",
                filter: "completed_at IS NULL AND failed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_platform_jobs_tenant_failed_at",
                table: "platform_jobs",
                columns: new[] { "tenant_id", "failed_at" });

            migrationBuilder.CreateIndex(
                name: "ux_platform_jobs_dedupe_key",
                table: "platform_jobs",
                column: "dedupe_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "platform_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "platform_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_tenants_Slug",
                table: "platform_tenants",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claims_UserId",
                table: "platform_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_logins_UserId",
                table: "platform_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_users",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_InvitationTokenHash",
                table: "platform_users",
                column: "InvitationTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_TenantId",
                table: "platform_users",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_brands_TenantId",
                table: "pos_brands",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_brands_TenantId_Name",
                table: "pos_brands",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_categories_ParentId_TenantId",
                table: "pos_categories",
                columns: new[] { "ParentId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_categories_TenantId",
                table: "pos_categories",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_product_tags_TenantId",
                table: "pos_product_tags",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_product_tags_TenantId_Tag",
                table: "pos_product_tags",
                columns: new[] { "TenantId", "Tag" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_products_BrandId_TenantId",
                table: "pos_products",
                columns: new[] { "BrandId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_products_CategoryId_TenantId",
                table: "pos_products",
                columns: new[] { "CategoryId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_products_SupplierId",
                table: "pos_products",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_products_TenantId",
                table: "pos_products",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_products_TenantId_Barcode",
                table: "pos_products",
                columns: new[] { "TenantId", "Barcode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_products_TenantId_Sku",
                table: "pos_products",
                columns: new[] { "TenantId", "Sku" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_products_TenantId_SortKey",
                table: "pos_products",
                columns: new[] { "TenantId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipt_lines_ProductId_TenantId",
                table: "pos_receipt_lines",
                columns: new[] { "ProductId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipt_lines_TenantId",
                table: "pos_receipt_lines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipt_lines_TenantId_Barcode",
                table: "pos_receipt_lines",
                columns: new[] { "TenantId", "Barcode" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipts_StoreId_TenantId_OccurredAt",
                table: "pos_receipts",
                columns: new[] { "StoreId", "TenantId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipts_TenantId",
                table: "pos_receipts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipts_TenantId_CustomerId_OccurredAt",
                table: "pos_receipts",
                columns: new[] { "TenantId", "CustomerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipts_TenantId_OccurredAt",
                table: "pos_receipts",
                columns: new[] { "TenantId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pos_receipts_TenantId_StoreId_TillCode_ReceiptNo",
                table: "pos_receipts",
                columns: new[] { "TenantId", "StoreId", "TillCode", "ReceiptNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_stores_TenantId",
                table: "pos_stores",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_stores_TenantId_Code",
                table: "pos_stores",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_suppliers_TenantId",
                table: "pos_suppliers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_pos_suppliers_TenantId_Name",
                table: "pos_suppliers",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_tills_StoreId_TenantId_Code",
                table: "pos_tills",
                columns: new[] { "StoreId", "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pos_tills_TenantId",
                table: "pos_tills",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customers_addresses");

            migrationBuilder.DropTable(
                name: "customers_external_ids");

            migrationBuilder.DropTable(
                name: "customers_notes");

            migrationBuilder.DropTable(
                name: "customers_search_tokens");

            migrationBuilder.DropTable(
                name: "customers_tags");

            migrationBuilder.DropTable(
                name: "platform_api_keys");

            migrationBuilder.DropTable(
                name: "platform_audit");

            migrationBuilder.DropTable(
                name: "platform_idempotency");

            migrationBuilder.DropTable(
                name: "platform_jobs");

            migrationBuilder.DropTable(
                name: "platform_role_claims");

            migrationBuilder.DropTable(
                name: "platform_tenants");

            migrationBuilder.DropTable(
                name: "platform_user_claims");

            migrationBuilder.DropTable(
                name: "platform_user_logins");

            migrationBuilder.DropTable(
                name: "platform_user_roles");

            migrationBuilder.DropTable(
                name: "platform_user_tokens");

            migrationBuilder.DropTable(
                name: "pos_product_tags");

            migrationBuilder.DropTable(
                name: "pos_receipt_lines");

            migrationBuilder.DropTable(
                name: "pos_tills");

            migrationBuilder.DropTable(
                name: "customers_customers");

            migrationBuilder.DropTable(
                name: "platform_roles");

            migrationBuilder.DropTable(
                name: "platform_users");

            migrationBuilder.DropTable(
                name: "pos_products");

            migrationBuilder.DropTable(
                name: "pos_receipts");

            migrationBuilder.DropTable(
                name: "pos_brands");

            migrationBuilder.DropTable(
                name: "pos_categories");

            migrationBuilder.DropTable(
                name: "pos_suppliers");

            migrationBuilder.DropTable(
                name: "pos_stores");
        }
    }
}
