namespace Muhtar.Platform.Audit;

/// <summary>Marks an entity whose every change is written to the audit trail (I7).</summary>
public interface IAudited
{
    Guid Id { get; }
}
