using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Infrastructure;

/// <summary>
/// The real application over HTTP on its own fresh database, migrated at start-up like production.
/// Time is a <see cref="FakeTimeProvider"/> the tests move; background job workers are off so tests
/// run jobs deterministically.
/// </summary>
public abstract class MuhtarAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string _connectionString = "";

    /// <summary>Starts at the real "now" so cookies the app issues are not already expired for the HTTP client.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString => _connectionString;

    /// <summary>Settings a derived fixture adds (e.g. a low rate limit).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _connectionString = await CreateDatabaseAsync();
        _ = Server; // starts the host: migrations run now, not inside the first test
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected abstract Task<string> CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Muhtar", _connectionString);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Signs up a new business with an owner and gives it an API key with every scope.</summary>
    public async Task<TestTenant> CreateTenantAsync(string? name = null)
    {
        var slug = "t" + Guid.NewGuid().ToString("N")[..12];
        var ownerEmail = $"owner-{slug}@example.com";
        await using var scope = Services.CreateAsyncScope();
        var signUp = await scope.ServiceProvider.GetRequiredService<TenantOnboarding>()
            .SignUpAsync(new SignUpRequest(name ?? $"Test İşletmesi {slug}", slug, "Ayşe Yılmaz", ownerEmail, TestTenant.Password));
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(signUp.TenantId, "tests");
        return new TestTenant(this, signUp.TenantId, slug, ownerEmail, key.Key);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s and 401s as they are.</summary>
    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
