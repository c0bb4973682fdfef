namespace Muhtar.Web.Hosting;

internal static partial class OperatorCommands
{
    /// <summary>
    /// "noun verb --option value ...". Options with a ':' are configuration (e.g. <c>--ConnectionStrings:Muhtar</c>)
    /// and are read by the configuration, exactly as the server reads them.
    /// </summary>
    private sealed class Arguments
    {
        private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

        private Arguments(string command)
        {
            Command = command;
        }

        public string Command { get; }

        public static Arguments Parse(string[] args, IReadOnlySet<string> known)
        {
            if (args.Length < 2 || args[1].StartsWith('-'))
            {
                throw new UsageException($"Missing sub-command after '{args[0]}'.");
            }

            var parsed = new Arguments($"{args[0]} {args[1]}");
            for (var i = 2; i < args.Length; i++)
            {
                var arg = args[i];
                if (!arg.StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"Unexpected argument '{arg}'.");
                }

                var (name, value) = SplitOption(arg[2..], args, ref i);
                if (name.Contains(':', StringComparison.Ordinal))
                {
                    continue;
                }

                if (!known.Contains(name))
                {
                    throw new UsageException($"Unknown option '--{name}' for '{parsed.Command}'.");
                }

                parsed._options[name] = value;
            }

            return parsed;
        }

        public string Required(string name) =>
            _options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
                ? value
                : throw new UsageException($"Option '--{name}' is required for '{Command}'.");

        public string? Optional(string name) => _options.GetValueOrDefault(name);

        private static (string Name, string Value) SplitOption(string option, string[] args, ref int i)
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                return (option[..equals], option[(equals + 1)..]);
            }

            if (i + 1 >= args.Length)
            {
                throw new UsageException($"Option '--{option}' needs a value.");
            }

            return (option, args[++i]);
        }
    }

    /// <summary>A mistake in the command itself; <paramref name="showUsage"/> when the syntax, not the data, was wrong.</summary>
    private sealed class UsageException(string message, bool showUsage = true) : Exception(message)
    {
        public bool ShowUsage { get; } = showUsage;
    }
}
