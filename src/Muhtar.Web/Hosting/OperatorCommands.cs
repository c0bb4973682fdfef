namespace Muhtar.Web.Hosting;

/// <summary>The operator command line (../shared/API.md): same program and configuration as the server.</summary>
internal static class OperatorCommands
{
    private static readonly string[] Commands = ["tenant", "apikey"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine($"Unknown command: {string.Join(' ', args)}");
        return Task.FromResult(2);
    }
}
