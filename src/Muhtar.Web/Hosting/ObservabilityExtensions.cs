using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Formatting.Compact;

namespace Muhtar.Web.Hosting;

internal static class ObservabilityExtensions
{
    /// <summary>
    /// Structured logs (compact JSON outside Development) and OpenTelemetry traces/metrics. An OTLP exporter
    /// is added only when OTEL_EXPORTER_OTLP_ENDPOINT is set. Log messages carry ids, never names or phones.
    /// </summary>
    public static WebApplicationBuilder AddMuhtarObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            // ReadFrom.Services: sinks registered in DI (e.g. a test's capturing sink) receive every event too.
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (builder.Environment.IsDevelopment())
            {
                logger.WriteTo.Console();
            }
            else
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        });

        var otel = builder.Services.AddOpenTelemetry()
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource("Muhtar"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter("Muhtar"));
        if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        builder.Services.AddHealthChecks();
        return builder;
    }
}
