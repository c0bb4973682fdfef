using System.Net;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.CustomerTests.CustomFields;

/// <summary>C1: GET /api/v1/customers filters on custom fields (cf.key, cf.key.contains|min|max|in) as SQL on both databases.</summary>
public abstract class CustomFieldFilterTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task The_list_filters_by_every_type_of_custom_field()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        await api.DefineAsync(new { key = "meslek", label = "Meslek", type = "text" });
        await api.DefineAsync(new { key = "ciro", label = "Ciro", type = "number" });
        await api.DefineAsync(new { key = "uyelik", label = "Üyelik", type = "date" });
        await api.DefineAsync(new { key = "sehir", label = "Şehir", type = "choice", options = new[] { "İstanbul", "İzmir", "Ankara" } });
        await api.DefineAsync(new { key = "ilgi", label = "İlgi", type = "multiChoice", options = new[] { "Kahve", "Çay", "Tatlı" } });
        await api.DefineAsync(new { key = "bulten", label = "Bülten", type = "yesNo" });
        var ayse = await api.CreateIdAsync(new
        {
            firstName = "Ayşe",
            customFields = new { meslek = "Diş Hekimi", ciro = 1500.5, uyelik = "2024-01-10", sehir = "İstanbul", ilgi = new[] { "Kahve", "Tatlı" }, bulten = true },
        });
        var burak = await api.CreateIdAsync(new
        {
            firstName = "Burak",
            customFields = new { meslek = "ÖĞRETMEN", ciro = "250", uyelik = "15.03.2025", sehir = "İzmir", ilgi = "Çay", bulten = "hayır" },
        });
        var cem = await api.CreateIdAsync(new { firstName = "Cem" });

        Assert.Equal([burak], await api.ListIdsAsync("cf.meslek=ogretmen"));
        Assert.Equal([ayse], await api.ListIdsAsync("cf.meslek.contains=HEKİM"));
        Assert.Equal([ayse], await api.ListIdsAsync("cf.ciro.min=1000"));
        Assert.Equal([ayse, burak], await api.ListIdsAsync("cf.ciro.min=250&cf.ciro.max=1.500,5"));
        Assert.Equal([burak], await api.ListIdsAsync("cf.ciro=250"));
        Assert.Equal([burak], await api.ListIdsAsync("cf.uyelik.min=01.01.2025"));
        Assert.Equal([ayse], await api.ListIdsAsync("cf.uyelik.min=2024-01-01&cf.uyelik.max=2024-12-31"));
        Assert.Equal([ayse], await api.ListIdsAsync("cf.sehir=istanbul"));
        Assert.Equal([ayse, burak], await api.ListIdsAsync("cf.sehir.in=" + Uri.EscapeDataString("İzmir;İstanbul")));
        Assert.Equal([ayse], await api.ListIdsAsync("cf.ilgi=tatli"));
        Assert.Equal([ayse, burak], await api.ListIdsAsync("cf.ilgi.in=" + Uri.EscapeDataString("Çay,Tatlı")));
        Assert.Equal([ayse], await api.ListIdsAsync("cf.bulten=evet"));
        Assert.Equal([burak], await api.ListIdsAsync("cf.bulten=false"));
        Assert.Equal([ayse, burak, cem], await api.ListIdsAsync(""));
        Assert.Empty(await api.ListIdsAsync("cf.ciro.min=100&cf.sehir=Ankara"));
    }

    [Theory]
    [InlineData("cf.ciro.contains=1", "cf.ciro.contains")]
    [InlineData("cf.ciro.min=çok", "cf.ciro.min")]
    [InlineData("cf.sehir=Paris", "cf.sehir")]
    [InlineData("cf.bilinmeyen=1", "cf.bilinmeyen")]
    public async Task A_filter_that_does_not_fit_its_field_is_a_problem_naming_the_parameter(string query, string parameter)
    {
        var api = await CustomerApi.NewTenantAsync(app);
        await api.DefineAsync(new { key = "ciro", label = "Ciro", type = "number" });
        await api.DefineAsync(new { key = "sehir", label = "Şehir", type = "choice", options = new[] { "İstanbul" } });

        await Problems.AssertAsync(await api.Client.GetAsync("/api/v1/customers?" + query), HttpStatusCode.UnprocessableEntity, parameter);
    }
}

public sealed class CustomFieldFilterTests_Sqlite(SqliteApp app) : CustomFieldFilterTests(app), IClassFixture<SqliteApp>;

public sealed class CustomFieldFilterTests_Postgres(PostgresApp app) : CustomFieldFilterTests(app), IClassFixture<PostgresApp>;
