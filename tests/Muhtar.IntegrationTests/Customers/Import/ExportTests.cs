using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Muhtar.Customers.Export;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.CustomerTests.Import;

/// <summary>C6: any list exports to CSV and Excel with the list's own filters, formulas neutralised, every export audited.</summary>
public abstract class ExportTests(MuhtarAppFactory app)
{
    private static readonly string[] Dangerous = ["=HYPERLINK(\"http://kotu.example\";\"tıkla\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"];

    private async Task<CustomerApi> BusinessWithDangerousCellsAsync()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        await api.CreateAsync(new { kind = "company", companyName = Dangerous[0], phone = "05329990001", tags = new[] { "=1+1" } });
        await api.CreateAsync(new { firstName = Dangerous[1], lastName = Dangerous[2], phone = "05329990002" });
        await api.CreateAsync(new { firstName = "Ayşe", lastName = Dangerous[3], email = "ayse@example.com", tags = new[] { "vip" } });
        await api.CreateAsync(new { firstName = "Zehra", lastName = "Şen", phone = "05329990004", tags = new[] { "vip" } });
        return api;
    }

    [Fact]
    public async Task A_csv_export_neutralises_formula_cells_keeps_phones_and_turkish_letters_and_is_audited()
    {
        var api = await BusinessWithDangerousCellsAsync();

        var response = await api.Client.GetAsync("/api/v1/customers/export?format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("Muhtar kimliği;Tür;Ad;Soyad;Firma;Telefon;E-posta", lines[0]);
        Assert.Contains("'=HYPERLINK", text);
        Assert.Contains("'+cmd", text);
        Assert.Contains("'-2+3", text);
        Assert.Contains("'@SUM", text);
        Assert.Contains("'=1+1", text);
        Assert.DoesNotContain(";=", text);
        Assert.DoesNotContain(";+cmd", text);
        Assert.Contains(";+905329990004;", text);
        Assert.Contains("Zehra;Şen", text);

        var audit = await ExportAuditAsync(api.TenantId);
        Assert.Contains("format=csv; rows=4", Assert.Single(audit));
    }

    [Fact]
    public async Task An_xlsx_export_neutralises_formula_cells_and_applies_the_list_filter()
    {
        var api = await BusinessWithDangerousCellsAsync();

        var response = await api.Client.GetAsync("/api/v1/customers/export?format=xlsx&tag=vip&sort=-name");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Zehra", "Ayşe"], rows.Select(r => (string?)r["Ad"]));
        Assert.Equal("'@SUM(A1:A9)", rows[1]["Soyad"]);
        Assert.Equal("+905329990004", rows[0]["Telefon"]);
        Assert.Contains("format=xlsx; rows=2; search=; kind=; tag=vip", Assert.Single(await ExportAuditAsync(api.TenantId)));
    }

    [Fact]
    public async Task A_search_exports_only_what_the_search_finds_with_comma_on_request()
    {
        var api = await BusinessWithDangerousCellsAsync();

        var text = await api.Client.GetStringAsync("/api/v1/customers/export?search=zehra&delimiter=,");

        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Muhtar kimliği,Tür,Ad,Soyad", lines[0]);
        Assert.Contains(",Zehra,Şen,", lines[1]);
    }

    [Fact]
    public async Task Owners_managers_and_marketers_may_export_other_roles_get_403()
    {
        var tenant = await app.CreateTenantAsync();
        var allowed = new List<HttpStatusCode>();
        var refused = new List<HttpStatusCode>();
        foreach (var role in Roles.All)
        {
            var client = await tenant.LoginAsync(role);
            var status = (await client.GetAsync("/api/v1/customers/export?format=csv")).StatusCode;
            (RolePermissions.RoleHas(role, Permissions.CustomersExport) ? allowed : refused).Add(status);
        }

        Assert.Equal([Roles.Owner, Roles.Manager, Roles.Marketer], Roles.All.Where(r => RolePermissions.RoleHas(r, Permissions.CustomersExport)));
        Assert.All(allowed, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(refused, s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal([Roles.Owner, Roles.Manager], Roles.All.Where(r => RolePermissions.RoleHas(r, Permissions.CustomersImport)));
        var sales = await tenant.LoginAsync(Roles.Sales);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.GetAsync(ImportClient.Root)).StatusCode);
    }

    private async Task<List<string>> ExportAuditAsync(Guid tenantId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        return await db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityType == CustomerExporter.AuditEntityType)
            .Select(a => a.NewValue!).ToListAsync();
    }
}

public sealed class ExportTests_Sqlite(SqliteApp app) : ExportTests(app), IClassFixture<SqliteApp>;

public sealed class ExportTests_Postgres(PostgresApp app) : ExportTests(app), IClassFixture<PostgresApp>;
