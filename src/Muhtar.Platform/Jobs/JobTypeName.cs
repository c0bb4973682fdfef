namespace Muhtar.Platform.Jobs;

/// <summary>The stable name a job row stores for its payload type.</summary>
public static class JobTypeName
{
    public static string Of(Type type) => type.FullName ?? type.Name;
}
