using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Muhtar.E2E.Infrastructure;

/// <summary>
/// The app's error-level log events, kept so a failing journey can say what the server did (a crashed circuit,
/// a 500) instead of only "timeout waiting for navigation".
/// </summary>
public sealed class ServerErrorLog : ILogEventSink
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Errors => _errors;

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Error)
        {
            return;
        }

        var exception = logEvent.Exception?.ToString().Split('\n').Take(12) ?? [];
        _errors.Enqueue($"{logEvent.Timestamp:HH:mm:ss.fff} {logEvent.RenderMessage(CultureInfo.InvariantCulture)} {string.Join('\n', exception)}");
    }
}
