package io.restwell.booking.rest;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact")
public record Contact(
        @Schema(example = "+49 30 1234567") @Size(max = 40) @Pattern(regexp = "^[+0-9 ()/-]*$", message = "must be a phone number") @Nullable String phone,
        @Schema(example = "hello@example.com") @Size(max = 254) @Email @Nullable String email,
        @Schema(example = "https://example.com") @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") @Nullable String website) {
}
