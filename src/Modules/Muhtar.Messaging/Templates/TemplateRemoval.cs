namespace Muhtar.Messaging.Templates;

/// <summary>What removing a template did: deleted it, archived it because messages used it, or found nothing.</summary>
internal enum TemplateRemoval
{
    NotFound,
    Deleted,
    Archived,
}
