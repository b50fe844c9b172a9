// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRequestRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <limits>

// Reads the HTTP/1.1 requests (RFC 9112) out of the bytes one connection receives, in whatever pieces they
// arrive, one request at a time. No socket: SandboxHttpConnection feeds it from one, the fuzz target
// (tests/fuzz/FuzzSandboxHttp.cpp) from its inputs.
//
// Incremental: each byte is looked at a bounded number of times, however the stream is split, and what is
// held in memory stays within the limits: a request head, one body, and, behind a request whose answer is
// still on its way, at most `heldBytes` more (then the connection is closed after that answer; a client
// sends the rest again on a new one, RFC 9112 9.3.2).
class SandboxHttpReader
{
public:
    struct Limits
    {
        qsizetype headBytes = 64 * 1024; // request line and header fields, empty lines before them included;
                                         // trailer fields of a chunked body too
        qsizetype bodyBytes = 64 * 1024 * 1024;
        qsizetype chunkLineBytes = 1024; // a chunk's size line, with any extensions
        // Received behind a request whose answer has not gone out yet: room for one request of the largest
        // size accepted, so no single pipelined request is ever refused for waiting its turn.
        qsizetype heldBytes = 64 * 1024 + 64 * 1024 * 1024;
    };

    struct Step
    {
        enum class Kind {
            Wait, // nothing to do until more bytes arrive or answered() is called
            Continue, // send "HTTP/1.1 100 Continue": the head asked for it and the body has not all come
            Request, // hand `request` over; the next one is read once answered() says its answer is out
            Refuse, // answer `status` with `message`, then close: the stream cannot be read further
            Close, // close once the answers written so far are out: too much arrived behind a held answer
        };
        Kind kind = Kind::Wait;
        SandboxRequestRecord request; // Request
        int status = 0; // Refuse: 400, 413, 431, 501 or 505
        QString message; // Refuse
    };

    SandboxHttpReader() = default;
    explicit SandboxHttpReader(const Limits &limits);

    const Limits &limits() const { return m_limits; }

    // Bytes as they came off the connection. Ignored once the reader is finished.
    void receive(QByteArrayView bytes);
    // What to do next; call until it says Wait.
    Step next();
    // The answer to the last request handed over has been delivered (or given up).
    void answered();

    bool isAnswering() const { return m_answering; }
    // No more requests will come: one was refused, one asked to close the connection, or too much arrived
    // behind a held answer.
    bool isFinished() const { return m_finished; }
    // What the reader holds: bytes not yet read into a request, and the part of a chunked body read so far.
    qsizetype bufferedBytes() const { return m_buffer.size() + m_request.body.size(); }

private:
    enum class Phase { Head, FixedBody, ChunkSize, ChunkData, ChunkEnd, Trailers };
    enum class Progress { NeedMore, Complete, Invalid };

    Progress advance(); // reads as far as the buffer allows
    Progress readHead();
    Progress parseHead(); // the head's lines are all in m_headLines
    Progress readChunked();
    Progress fail(int status, const QString &message);
    void startMessage();
    void finish(); // no more requests: drops what is buffered

    Limits m_limits;
    QByteArray m_buffer; // received, not yet read into a request (consumed bytes are removed at once)
    Phase m_phase = Phase::Head;
    qsizetype m_scan = 0; // where the search for the next line end resumes
    qsizetype m_headBytes = 0; // Head: bytes of the head read so far (they are no longer in m_buffer)
    qsizetype m_trailerBytes = 0; // Trailers: likewise
    QList<QByteArray> m_headLines; // the non-empty lines of the head so far
    SandboxRequestRecord m_request; // the request being read
    qint64 m_remaining = 0; // FixedBody, ChunkData: bytes still to come
    bool m_expectsContinue = false;
    bool m_continueSent = false;
    int m_refusalStatus = 0;
    QString m_refusalMessage;

    bool m_answering = false;
    bool m_finished = false;
    bool m_overflowed = false; // finished because too much arrived behind a held answer
    bool m_closeReported = false;
};
