using System.ComponentModel;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>
    /// One event of a <c>text/event-stream</c> response, as sent: used where the specification gives the stream no object
    /// schema, and by <see cref="ServerSentEventReader"/>.
    /// </summary>
    /// <param name="Event">The <c>event:</c> field, or <see langword="null"/> for the default <c>message</c> type.</param>
    /// <param name="Data">The <c>data:</c> lines joined with <c>\n</c>.</param>
    /// <param name="Id">The last <c>id:</c> seen on the stream so far, or <see langword="null"/>.</param>
    /// <param name="Retry">The <c>retry:</c> reconnection delay in milliseconds, when this event carried one.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed record ServerSentEvent(string? Event, string Data, string? Id, int? Retry);
}
