using System.Net;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Platform;

public abstract class HostTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task Health_endpoint_answers_healthy_once_the_database_is_migrated()
    {
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_v1_api()
    {
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.TryGetProperty("openapi", out _));
        Assert.True(doc.RootElement.GetProperty("paths").EnumerateObject().Any(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal)),
            "the document lists /api/v1 paths");
    }

    [Fact]
    public async Task Api_reference_page_is_browsable()
    {
        var response = await app.CreateClient().GetAsync("/api-docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_route_is_a_problem_not_a_page()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class HostTests_Sqlite(SqliteApp app) : HostTests(app), IClassFixture<SqliteApp>;

public sealed class HostTests_Postgres(PostgresApp app) : HostTests(app), IClassFixture<PostgresApp>;
