using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Notes;

/// <summary>A free-text note on a customer ("buys brand X milk"), with who wrote it and when. Append-only.</summary>
internal sealed class CustomerNote : ITenantScoped
{
    public const int MaxTextLength = 4000;

    private CustomerNote()
    {
    }

    public CustomerNote(Guid customerId, string text, Guid? authorUserId, string? authorName, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Text = text;
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Text { get; private set; } = "";

    public Guid? AuthorUserId { get; private set; }

    /// <summary>Kept as written at the time, so the note still says who wrote it after the user is gone.</summary>
    public string? AuthorName { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
