namespace Muhtar.Customers.Notes;

internal sealed record NoteRequest(string? Text);

internal sealed record NoteResponse(Guid Id, string Text, string? Author, DateTimeOffset CreatedAt)
{
    public static NoteResponse From(CustomerNote note) =>
        new(note.Id, note.Text, note.AuthorName, new DateTimeOffset(DateTime.SpecifyKind(note.CreatedAt, DateTimeKind.Utc)));
}
