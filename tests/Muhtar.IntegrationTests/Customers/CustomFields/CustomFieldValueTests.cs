using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Customers.CustomFields;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.CustomerTests.CustomFields;

/// <summary>C1: custom-field values on customers: checked by type, shown in the Customer JSON, removable, audited.</summary>
public abstract class CustomFieldValueTests(MuhtarAppFactory app)
{
    private static readonly object[] Fields =
    [
        new { key = "not", label = "Not", type = "text" },
        new { key = "ciro", label = "Yıllık ciro", type = "number" },
        new { key = "ilk_ziyaret", label = "İlk ziyaret", type = "date" },
        new { key = "sehir", label = "Şehir", type = "choice", options = new[] { "İstanbul", "İzmir", "Ankara" } },
        new { key = "ilgi", label = "İlgi alanları", type = "multiChoice", options = new[] { "Kahve", "Çay", "Tatlı" } },
        new { key = "bulten", label = "Bülten", type = "yesNo" },
    ];

    [Fact]
    public async Task Values_of_every_type_are_read_in_Turkish_or_invariant_notation_and_shown_typed()
    {
        var api = await NewTenantWithFieldsAsync();

        var id = await api.CreateIdAsync(new
        {
            firstName = "Zeynep",
            customFields = new { not = " kapıda öder ", ciro = "1.234,5", ilk_ziyaret = "17.05.2024", sehir = "ISTANBUL", ilgi = "çay; KAHVE", bulten = "Evet" },
        });

        var values = await api.CustomFieldsOfAsync(id);
        Assert.Equal("kapıda öder", values.GetProperty("not").GetString());
        Assert.Equal(1234.5, values.GetProperty("ciro").GetDouble());
        Assert.Equal("2024-05-17", values.GetProperty("ilk_ziyaret").GetString());
        Assert.Equal("İstanbul", values.GetProperty("sehir").GetString());
        Assert.Equal(["Kahve", "Çay"], values.GetProperty("ilgi").EnumerateArray().Select(o => o.GetString()));
        Assert.True(values.GetProperty("bulten").GetBoolean());

        (await api.PatchAsync(id, """{ "customFields": { "ciro": "1234.5", "ilk_ziyaret": "2024-06-01", "ilgi": ["Tatlı"], "bulten": false } }""")).EnsureSuccessStatusCode();
        values = await api.CustomFieldsOfAsync(id);
        Assert.Equal(1234.5, values.GetProperty("ciro").GetDouble());
        Assert.Equal("2024-06-01", values.GetProperty("ilk_ziyaret").GetString());
        Assert.Equal(["Tatlı"], values.GetProperty("ilgi").EnumerateArray().Select(o => o.GetString()));
        Assert.False(values.GetProperty("bulten").GetBoolean());
        Assert.Equal("kapıda öder", values.GetProperty("not").GetString());
    }

    [Theory]
    [InlineData("""{ "ciro": "bin lira" }""", "customFields.ciro")]
    [InlineData("""{ "ciro": "12.34,5" }""", "customFields.ciro")]
    [InlineData("""{ "ciro": true }""", "customFields.ciro")]
    [InlineData("""{ "ilk_ziyaret": "31.02.2024" }""", "customFields.ilk_ziyaret")]
    [InlineData("""{ "ilk_ziyaret": "05/17/2024" }""", "customFields.ilk_ziyaret")]
    [InlineData("""{ "sehir": "Bursa" }""", "customFields.sehir")]
    [InlineData("""{ "sehir": ["İzmir", "Ankara"] }""", "customFields.sehir")]
    [InlineData("""{ "ilgi": ["Kahve", "Bira"] }""", "customFields.ilgi")]
    [InlineData("""{ "bulten": "belki" }""", "customFields.bulten")]
    [InlineData("""{ "yok_boyle": "x" }""", "customFields.yok_boyle")]
    public async Task A_value_that_does_not_fit_its_field_is_a_problem_naming_the_field(string customFields, string field)
    {
        var api = await NewTenantWithFieldsAsync();
        var id = await api.CreateIdAsync(new { firstName = "Can" });

        var response = await api.PatchAsync(id, $$"""{ "customFields": {{customFields}} }""");

        await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity, field);
        Assert.Empty((await api.CustomFieldsOfAsync(id)).EnumerateObject());
    }

    [Fact]
    public async Task A_required_field_must_be_filled_on_create_and_cannot_be_emptied()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        await api.DefineAsync(new { key = "vergi_dairesi", label = "Vergi dairesi", type = "text", required = true });

        var missing = await api.Client.PostAsJsonAsync("/api/v1/customers", new { firstName = "Okan" });
        await Problems.AssertAsync(missing, HttpStatusCode.UnprocessableEntity, "customFields.vergi_dairesi");
        var id = await api.CreateIdAsync(new { firstName = "Okan", customFields = new { vergi_dairesi = "Kadıköy" } });

        await Problems.AssertAsync(await api.PatchAsync(id, """{ "customFields": { "vergi_dairesi": null } }"""), HttpStatusCode.UnprocessableEntity, "customFields.vergi_dairesi");
        (await api.PatchAsync(id, """{ "lastName": "Demir" }""")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Patch_null_removes_a_value_and_the_audit_trail_shows_old_and_new()
    {
        var api = await NewTenantWithFieldsAsync();
        var id = await api.CreateIdAsync(new { firstName = "Elif", customFields = new { ciro = 1000, sehir = "İzmir" } });
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        (await api.PatchAsync(id, """{ "customFields": { "ciro": "2.500", "sehir": null } }""")).EnsureSuccessStatusCode();

        var values = await api.CustomFieldsOfAsync(id);
        Assert.False(values.TryGetProperty("sehir", out _));
        Assert.Equal(2.5, values.GetProperty("ciro").GetDouble()); // the API reads text invariant first: "2.500" is 2.5
        var audit = (await api.GetJsonAsync($"/api/v1/customers/{id}/audit")).GetProperty("items").EnumerateArray().ToList();
        var ciro = audit.Single(e => e.GetProperty("field").GetString() == "customFields.ciro");
        Assert.Equal(("1000", "2.5"), (ciro.GetProperty("oldValue").GetString(), ciro.GetProperty("newValue").GetString()));
        var sehir = audit.Single(e => e.GetProperty("field").GetString() == "customFields.sehir");
        Assert.Equal("İzmir", sehir.GetProperty("oldValue").GetString());
        Assert.Equal(JsonValueKind.Null, sehir.GetProperty("newValue").ValueKind);
    }

    [Fact]
    public async Task An_archived_field_is_hidden_and_keeps_its_values()
    {
        var api = await NewTenantWithFieldsAsync();
        var id = await api.CreateIdAsync(new { firstName = "Deniz", customFields = new { not = "eski bilgi" } });
        var field = (await api.GetJsonAsync("/api/v1/custom-fields")).EnumerateArray().Single(f => f.GetProperty("key").GetString() == "not");
        var fieldId = field.GetProperty("id").GetGuid();

        (await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{fieldId}", new { archived = true })).EnsureSuccessStatusCode();
        Assert.False((await api.CustomFieldsOfAsync(id)).TryGetProperty("not", out _));
        await Problems.AssertAsync(await api.PatchAsync(id, """{ "customFields": { "not": "yeni" } }"""), HttpStatusCode.UnprocessableEntity, "customFields.not");

        (await api.Client.PatchAsJsonAsync($"/api/v1/custom-fields/{fieldId}", new { archived = false })).EnsureSuccessStatusCode();
        Assert.Equal("eski bilgi", (await api.CustomFieldsOfAsync(id)).GetProperty("not").GetString());
    }

    [Fact]
    public async Task The_import_sets_parsed_values_of_many_customers_in_one_batch()
    {
        var api = await NewTenantWithFieldsAsync();
        var first = await api.CreateIdAsync(new { firstName = "Bir" });
        var second = await api.CreateIdAsync(new { firstName = "İki", customFields = new { sehir = "Ankara" } });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(api.TenantId, null, "import");
            var catalog = scope.ServiceProvider.GetRequiredService<CustomFieldCatalog>();
            var parser = scope.ServiceProvider.GetRequiredService<CustomFieldValueParser>();
            var fields = (await catalog.ListAsync()).ToDictionary(f => f.Key);
            var turkish = System.Globalization.CultureInfo.GetCultureInfo("tr-TR");
            Assert.True(parser.TryParse(fields["ciro"], "12.000,75", turkish, out var ciro, out _));
            Assert.False(parser.TryParse(fields["sehir"], "Paris", turkish, out _, out var error));
            Assert.Contains("Paris", error, StringComparison.Ordinal);

            var changed = await scope.ServiceProvider.GetRequiredService<CustomFieldValues>().SetManyAsync(
            [
                (first, new Dictionary<string, CustomFieldValue?> { ["ciro"] = ciro }),
                (second, new Dictionary<string, CustomFieldValue?> { ["sehir"] = null, ["ciro"] = ciro }),
            ]);
            Assert.Equal(2, changed);
        }

        Assert.Equal(12000.75, (await api.CustomFieldsOfAsync(first)).GetProperty("ciro").GetDouble());
        var values = await api.CustomFieldsOfAsync(second);
        Assert.False(values.TryGetProperty("sehir", out _));
        var audit = (await api.GetJsonAsync($"/api/v1/customers/{second}/audit")).GetProperty("items").EnumerateArray();
        Assert.Contains(audit, e => e.GetProperty("field").GetString() == "customFields.sehir" && e.GetProperty("oldValue").GetString() == "Ankara");
    }

    private async Task<CustomerApi> NewTenantWithFieldsAsync()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        foreach (var field in Fields)
        {
            await api.DefineAsync(field);
        }

        return api;
    }
}

public sealed class CustomFieldValueTests_Sqlite(SqliteApp app) : CustomFieldValueTests(app), IClassFixture<SqliteApp>;

public sealed class CustomFieldValueTests_Postgres(PostgresApp app) : CustomFieldValueTests(app), IClassFixture<PostgresApp>;
