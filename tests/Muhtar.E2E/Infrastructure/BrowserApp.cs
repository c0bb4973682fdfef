using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Serilog.Core;

namespace Muhtar.E2E.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free port, its own database) and a headless Debian Chromium driven by
/// Playwright. Never downloads a browser: it launches /usr/bin/chromium.
/// </summary>
public abstract class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private string _connectionString = "";

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>What the server logged at error level, for the message of a failing step.</summary>
    public ServerErrorLog ServerErrors { get; } = new();

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _connectionString = Provider == DatabaseProvider.Postgres
            ? await PostgresCluster.CreateDatabaseAsync()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"muhtar-e2e-{Guid.NewGuid():N}.db")}";
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MUHTAR_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "tr-TR")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        context.SetDefaultTimeout(15000);
        // A navigation after a save waits on the server; a fresh 2-core CI machine running two apps and two
        // browsers at once can take longer than an element wait should.
        context.SetDefaultNavigationTimeout(30000);
        var page = await context.NewPageAsync();
        PageExtensions.Attach(page, this);
        return page;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Framework and library scripts (blazor.web.js, Radzen) are static web assets of the build output;
        // only Development wires them up by itself.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Muhtar", _connectionString);
        builder.UseSetting("Demo:Seed", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(ServerErrors));
    }
}
