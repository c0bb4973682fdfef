using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Muhtar.E2E.Infrastructure;

/// <summary>
/// The app's error-level log events, and warnings from Blazor circuits and SignalR (a dropped or rejected
/// connection), kept so a failing journey can say what the server did instead of only "timeout waiting for navigation".
/// </summary>
public sealed class ServerErrorLog : ILogEventSink
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Errors => _errors;

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Error && !(logEvent.Level == LogEventLevel.Warning && FromCircuits(logEvent)))
        {
            return;
        }

        var exception = logEvent.Exception?.ToString().Split('\n').Take(12) ?? [];
        _errors.Enqueue($"{logEvent.Timestamp:HH:mm:ss.fff} {logEvent.Level} {logEvent.RenderMessage(CultureInfo.InvariantCulture)} {string.Join('\n', exception)}");
    }

    private static bool FromCircuits(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source.ToString().Trim('"') is var name
        && (name.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.SignalR", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.Http.Connections", StringComparison.Ordinal));
}
