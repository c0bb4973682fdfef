using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Muhtar.Platform.Audit;

public static class AuditExtensions
{
    public const string NotAuditedAnnotation = "Muhtar:NotAudited";

    /// <summary>Derived or internal columns (search keys) stay out of the audit trail.</summary>
    public static PropertyBuilder<T> NotAudited<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(NotAuditedAnnotation, true);
}
