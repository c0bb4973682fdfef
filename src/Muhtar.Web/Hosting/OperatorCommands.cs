using Muhtar.Platform;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Web.Hosting;

/// <summary>
/// The operator command line (../shared/API.md): same program and configuration as the server. Informational
/// lines go to stdout before the last line, which is the result alone (an id or a key) for scripts; errors go
/// to stderr with exit code 1.
/// </summary>
internal static partial class OperatorCommands
{
    private const string Usage = """
        Usage:
          tenant create --name "<name>" --slug <slug> [--owner-name "<name>"] [--owner-email <e-mail> --owner-password <password>]
          apikey create --tenant <slug> --name <name> [--scopes a,b] [--store <store code> [--till <till code>]]
          apikey revoke --tenant <slug> --id <key id>
        """;

    private static readonly string[] Commands = ["tenant", "apikey"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        try
        {
            var (known, run) = Resolve(args);
            var arguments = Arguments.Parse(args, known);
            await using var app = await StartAsync(args);
            await using var scope = app.Services.CreateAsyncScope();
            await run(arguments, scope.ServiceProvider, output);
            return 0;
        }
        catch (Exception ex) when (ex is UsageException or RuleViolation)
        {
            await errors.WriteLineAsync(ex is RuleViolation v ? $"{v.Field}: {v.Message}" : ex.Message);
            if (ex is UsageException { ShowUsage: true })
            {
                await errors.WriteLineAsync(Usage);
            }

            return 1;
        }
    }

    private static (IReadOnlySet<string> Known, Func<Arguments, IServiceProvider, TextWriter, Task> Run) Resolve(string[] args) =>
        (args.ElementAtOrDefault(0), args.ElementAtOrDefault(1)) switch
        {
            ("tenant", "create") => (new HashSet<string>(["name", "slug", "owner-name", "owner-email", "owner-password"]), CreateTenantAsync),
            ("apikey", "create") => (new HashSet<string>(["tenant", "name", "scopes", "store", "till"]), CreateApiKeyAsync),
            ("apikey", "revoke") => (new HashSet<string>(["tenant", "id"]), RevokeApiKeyAsync),
            _ => throw new UsageException($"Unknown command: {string.Join(' ', args)}"),
        };

    /// <summary>Configuration is built exactly like the server's; logging goes to stderr so stdout stays the result.</summary>
    private static async Task<WebApplication> StartAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMuhtarPlatform(builder.Configuration);
        // The model must match the migrations, so every module that contributes tables is registered here too.
        builder.Services.AddMuhtarModules();
        var app = builder.Build();
        await app.MigrateAndSeedAsync();
        return app;
    }

    private static async Task CreateTenantAsync(Arguments a, IServiceProvider services, TextWriter output)
    {
        var onboarding = services.GetRequiredService<TenantOnboarding>();
        var name = a.Required("name");
        var slug = a.Required("slug");
        var email = a.Optional("owner-email");
        Guid tenantId;
        if (email is null)
        {
            tenantId = await onboarding.CreateTenantAsync(name, slug);
            await output.WriteLineAsync($"Business '{name}' ({slug}) created without a user; add --owner-email and --owner-password to create its owner.");
        }
        else
        {
            var result = await onboarding.SignUpAsync(new SignUpRequest(name, slug, a.Optional("owner-name") ?? email, email, a.Required("owner-password")));
            tenantId = result.TenantId;
            await output.WriteLineAsync($"Business '{name}' ({slug}) created with owner {email}.");
        }

        await output.WriteLineAsync(tenantId.ToString());
    }

    private static async Task CreateApiKeyAsync(Arguments a, IServiceProvider services, TextWriter output)
    {
        var tenantId = await FindTenantAsync(a, services);
        var scopes = a.Optional("scopes")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var name = a.Required("name");
        var binding = TillBinding.From(a.Optional("store"), a.Optional("till"));
        var created = await services.GetRequiredService<ApiKeyService>().CreateAsync(tenantId, name, scopes, binding);
        var bound = binding is null ? "" : $" for store {binding.StoreCode}" + (binding.TillCode is { } till ? $", till {till}" : "");
        await output.WriteLineAsync($"API key '{name}' ({created.Id}) created for {a.Required("tenant")}{bound}. It is shown only now: store it safely.");
        await output.WriteLineAsync(created.Key);
    }

    private static async Task RevokeApiKeyAsync(Arguments a, IServiceProvider services, TextWriter output)
    {
        var tenantId = await FindTenantAsync(a, services);
        if (!Guid.TryParse(a.Required("id"), out var id))
        {
            throw new UsageException("Option '--id' must be an API key id (a GUID).");
        }

        services.GetRequiredService<TenantContext>().Set(tenantId, actorName: "operator");
        await services.GetRequiredService<ApiKeyService>().RevokeAsync(id);
        await output.WriteLineAsync($"API key {id} revoked.");
        await output.WriteLineAsync(id.ToString());
    }

    private static async Task<Guid> FindTenantAsync(Arguments a, IServiceProvider services)
    {
        var slug = a.Required("tenant");
        return await services.GetRequiredService<TenantDirectory>().FindIdBySlugAsync(slug)
            ?? throw new UsageException($"No business with the short name '{slug}'.", showUsage: false);
    }
}
