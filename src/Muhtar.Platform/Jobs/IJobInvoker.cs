namespace Muhtar.Platform.Jobs;

/// <summary>
/// Turns a claimed row of one stored type name back into its CLR type and runs its handlers. One per
/// registered event or task type; generic implementations avoid reflection on the hot path.
/// </summary>
internal interface IJobInvoker
{
    JobKind Kind { get; }

    /// <summary>The CLR type rows of <see cref="TypeName"/> deserialise to.</summary>
    Type ClrType { get; }

    string TypeName { get; }

    Task InvokeAsync(IServiceProvider services, ClaimedJob job, CancellationToken cancellationToken);
}
