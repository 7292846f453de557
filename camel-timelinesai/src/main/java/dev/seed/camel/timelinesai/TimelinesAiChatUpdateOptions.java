package dev.seed.camel.timelinesai;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The new values of {@code chats/update}, the note flag of {@code chats/addNote} and the names of {@code labels/*}. */
@UriParams
public class TimelinesAiChatUpdateOptions {
    @UriParam(label = "producer", description = "chats/update and wabaChats/update: the new chat name.")
    private String newName;
    @UriParam(label = "producer", description = "chats/update and wabaChats/update: the e-mail of the teammate to assign the chat to, or an empty value to unassign it.")
    private String newResponsible;
    @UriParam(label = "producer", description = "chats/update and wabaChats/update: close (true) or reopen (false) the chat.")
    private Boolean newClosed;
    @UriParam(label = "producer", description = "chats/update and wabaChats/update: mark the chat read (true) or unread (false).")
    private Boolean newRead;
    @UriParam(label = "producer", description = "chats/update: switch the AI agent on (true) or off (false) for the chat.")
    private Boolean newChatgptAutoresponseEnabled;
    @UriParam(label = "producer", description = "chats/addNote: whether the note is private (TimelinesAI's default) or visible to the team.")
    private Boolean privateNote;
    @UriParam(label = "producer", description = "labels/add, labels/replace, labels/remove, wabaLabels/add and wabaLabels/replace: comma-separated label names (each up to 64 characters). A List or String body is used when not set.")
    private String labels;

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewResponsible() {
        return newResponsible;
    }

    public void setNewResponsible(String newResponsible) {
        this.newResponsible = newResponsible;
    }

    public Boolean getNewClosed() {
        return newClosed;
    }

    public void setNewClosed(Boolean newClosed) {
        this.newClosed = newClosed;
    }

    public Boolean getNewRead() {
        return newRead;
    }

    public void setNewRead(Boolean newRead) {
        this.newRead = newRead;
    }

    public Boolean getNewChatgptAutoresponseEnabled() {
        return newChatgptAutoresponseEnabled;
    }

    public void setNewChatgptAutoresponseEnabled(Boolean newChatgptAutoresponseEnabled) {
        this.newChatgptAutoresponseEnabled = newChatgptAutoresponseEnabled;
    }

    public Boolean getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(Boolean privateNote) {
        this.privateNote = privateNote;
    }

    public String getLabels() {
        return labels;
    }

    public void setLabels(String labels) {
        this.labels = labels;
    }
}
