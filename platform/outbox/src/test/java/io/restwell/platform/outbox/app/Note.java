package io.restwell.platform.outbox.app;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The test application's domain: a note someone wrote. */
@Entity
public class Note {

    @Id
    public UUID id;

    public String author;

    public String text;
}
