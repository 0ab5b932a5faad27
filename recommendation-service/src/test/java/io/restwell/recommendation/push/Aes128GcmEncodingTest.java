package io.restwell.recommendation.push;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.google.crypto.tink.apps.webpush.WebPushHybridDecrypt;

/**
 * Our RFC 8291 encryption against RFC 8291's own example (Appendix A) and decrypted by an independent
 * implementation, Google Tink's WebPushHybridDecrypt.
 */
class Aes128GcmEncodingTest {

    private static final Base64.Decoder B64 = Base64.getUrlDecoder();

    @Test
    void rfc8291AppendixAIsReproducedByteForByte() throws Exception {
        byte[] plaintext = B64.decode("V2hlbiBJIGdyb3cgdXAsIEkgd2FudCB0byBiZSBhIHdhdGVybWVsb24");
        byte[] asPublic = B64.decode("BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8");
        byte[] asPrivate = B64.decode("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw");
        byte[] uaPublic = B64.decode("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4");
        byte[] authSecret = B64.decode("BTBZMqHH6r4Tts7J_aSIgg");
        byte[] salt = B64.decode("DGv6ra1nlYgDCS1FRnbzlw");
        KeyPair sender = new KeyPair(Aes128GcmEncoding.publicKey(asPublic), (ECPrivateKey) KeyFactory.getInstance("EC")
                .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, asPrivate), Aes128GcmEncoding.p256())));

        byte[] body = Aes128GcmEncoding.encrypt(plaintext, uaPublic, authSecret, sender, salt);

        assertEquals("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK"
                + "6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN",
                Base64.getUrlEncoder().withoutPadding().encodeToString(body));
    }

    @Test
    void tinkDecryptsWhatWeEncryptForABrowsersKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair browser = generator.generateKeyPair();
        byte[] uaPublic = Aes128GcmEncoding.uncompressed((ECPublicKey) browser.getPublic());
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        byte[] payload = "{\"id\":\"n-1\",\"kind\":\"BOOKING_CANCELLED\",\"title\":\"Cancelled\",\"body\":\"Reason: ill\"}"
                .getBytes(StandardCharsets.UTF_8);

        byte[] body = Aes128GcmEncoding.encrypt(payload, uaPublic, auth);

        WebPushHybridDecrypt tink = new WebPushHybridDecrypt.Builder().withAuthSecret(auth).withRecipientPublicKey(uaPublic)
                .withRecipientPrivateKey((ECPrivateKey) browser.getPrivate()).build();
        assertArrayEquals(payload, tink.decrypt(body, null));
        assertEquals(Aes128GcmEncoding.RECORD_SIZE, ByteBuffer.wrap(body, 16, 4).getInt(), "rs");
        assertEquals(65, body[20], "idlen: the sender's public key follows");
        byte[] again = Aes128GcmEncoding.encrypt(payload, uaPublic, auth);
        assertNotEquals(Arrays.toString(Arrays.copyOf(body, 16)), Arrays.toString(Arrays.copyOf(again, 16)), "a fresh salt per message");
        assertArrayEquals(payload, tink.decrypt(again, null));
    }

    @Test
    void aPayloadThatCannotFitOneRecordIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        byte[] uaPublic = Aes128GcmEncoding.uncompressed((ECPublicKey) generator.generateKeyPair().getPublic());
        assertThrows(IllegalArgumentException.class,
                () -> Aes128GcmEncoding.encrypt(new byte[Aes128GcmEncoding.MAX_PAYLOAD + 1], uaPublic, new byte[16]));
    }
}
