using Muhtar.Platform;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Jobs;
using Muhtar.Web.Hosting;

// Operator commands ("tenant create", "apikey create") share the server's configuration, then exit.
if (OperatorCommands.IsCommand(args))
{
    return await OperatorCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddMuhtarObservability();
builder.Services.AddMuhtarPlatform(builder.Configuration);
builder.Services.AddMuhtarWeb();
builder.Services.AddMuhtarModules();

var app = builder.Build();
await app.PrepareDatabaseAsync();
await app.SeedDemoIfEmptyAsync();

app.UseMuhtarPipeline();
app.MapMuhtarWeb();
app.MapMuhtarIdentityEndpoints();
app.MapMuhtarJobsEndpoints();
app.MapMuhtarModules();

await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
