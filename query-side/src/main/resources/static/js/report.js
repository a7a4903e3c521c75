// Table 三 of the annual report in the national layout. Labels come from the server's layout of the table, figures
// from the report JSON; every figure links to the list of applications behind it.
(function () {
  'use strict';

  const params = new URLSearchParams(location.search);
  const organSelect = document.getElementById('organ');
  const yearInput = document.getElementById('year');
  const subtree = document.getElementById('subtree');
  const table = document.getElementById('applications');
  let layout = null;

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  function header() {
    const organisations = layout.columns.filter(c => c.organisation).length;
    const first = el('tr');
    first.append(el('th', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      { colspan: 3, rowspan: 3 }), el('th', '申请人情况', { colspan: layout.columns.length }));
    const second = el('tr');
    const third = el('tr');
    layout.columns.forEach(c => {
      if (c.organisation) {
        third.append(el('th', c.label));
      } else {
        second.append(el('th', c.label, { rowspan: 2 }));
      }
    });
    const natural = second.firstChild;
    second.insertBefore(el('th', layout.organisationsHeading, { colspan: organisations }), natural.nextSibling);
    table.append(first, second, third);
  }

  function cellLink(report, row, column) {
    const value = report.applications[row.code][column.code];
    const href = 'api/v1/organs/' + encodeURIComponent(report.organ) + '/reports/' + report.year + '/cells/'
      + row.code + '/' + column.code + '/applications?scope=' + report.scope;
    const a = el('a', value, { href: href, 'data-row': row.code, 'data-column': column.code });
    a.addEventListener('click', e => { e.preventDefault(); showCell(href); });
    const td = el('td', null, { class: 'n', id: 'cell-' + row.code + '-' + column.code });
    td.append(a);
    return td;
  }

  function body(report) {
    const results = layout.rows.filter(r => r.group);
    const groupSizes = {};
    results.forEach(r => { groupSizes[r.group] = (groupSizes[r.group] || 0) + 1; });
    let resultsHeadingShown = false;
    const seenGroups = {};
    layout.rows.forEach(row => {
      const tr = el('tr');
      if (row.group || row.code === 'RESULT_TOTAL') {
        if (!resultsHeadingShown) {
          tr.append(el('td', layout.resultsHeading, { rowspan: results.length + 1, class: 'label' }));
          resultsHeadingShown = true;
        }
        if (row.code === 'RESULT_TOTAL') {
          tr.append(el('td', row.label, { colspan: 2, class: 'label' }));
        } else if (groupSizes[row.group] === 1) {
          tr.append(el('td', row.groupLabel, { colspan: 2, class: 'label' }));
        } else {
          if (!seenGroups[row.group]) {
            tr.append(el('td', row.groupLabel, { rowspan: groupSizes[row.group], class: 'label' }));
            seenGroups[row.group] = true;
          }
          tr.append(el('td', row.label, { class: 'label' }));
        }
      } else {
        tr.append(el('td', row.label, { colspan: 3, class: 'label' }));
      }
      layout.columns.forEach(column => tr.append(cellLink(report, row, column)));
      table.append(tr);
    });
  }

  function showCell(href) {
    gongkaiAccess.api(href).then(r => r.json()).then(cell => {
      document.getElementById('cell').hidden = false;
      document.getElementById('cell-title').textContent = cell.rowLabel + ' · ' + cell.columnLabel + '：'
        + cell.count + ' 件';
      const list = document.getElementById('cell-applications');
      list.replaceChildren(...cell.applications.map(a => el('li', a.organ + ' / ' + a.applicationId
        + '（收到 ' + a.fact.receivedOn + (a.fact.decidedOn ? '，办结 ' + a.fact.decidedOn : '，未办结') + '）')));
    });
  }

  function findings(report) {
    const section = document.getElementById('findings');
    section.hidden = report.findings.length === 0;
    document.getElementById('finding-list').replaceChildren(...report.findings.map(f =>
      el('li', '[' + f.severity + '] ' + f.table + ' ' + f.row + ' / ' + f.column + '：' + f.message)));
  }

  function load() {
    const organ = organSelect.value;
    const scope = subtree.checked ? 'subtree' : 'self';
    history.replaceState(null, '', '?organ=' + encodeURIComponent(organ) + '&year=' + yearInput.value
      + '&scope=' + scope);
    gongkaiAccess.api('api/v1/organs/' + encodeURIComponent(organ) + '/reports/' + yearInput.value + '?scope=' + scope)
      .then(r => r.ok ? r.json() : r.json().then(p => Promise.reject(p.detail)))
      .then(report => {
        table.replaceChildren();
        header();
        body(report);
        findings(report);
        document.getElementById('position').textContent = report.organName + ' · ' + report.year
          + ' 年度 · 事件流位置 ' + report.position;
        document.getElementById('status').textContent = '';
      })
      .catch(problem => { document.getElementById('status').textContent = '无法生成报告：' + problem; });
  }

  Promise.all([gongkaiAccess.api('api/v1/report-layout/applications').then(r => r.json()),
    gongkaiAccess.api('api/v1/organs').then(r => r.json())]).then(([tableLayout, organs]) => {
    layout = tableLayout;
    organs.forEach(o => organSelect.add(new Option(o.name + '（' + o.organ + '）', o.organ)));
    if (params.get('organ')) {
      organSelect.value = params.get('organ');
    }
    subtree.checked = params.get('scope') === 'subtree';
    [organSelect, yearInput, subtree].forEach(c => c.addEventListener('change', load));
    if (!organSelect.value) {
      return;
    }
    if (params.get('year')) {
      yearInput.value = params.get('year');
      load();
      return;
    }
    // No year asked for: the latest year with data, as the dashboard counts it (the current year when there is none).
    gongkaiAccess.api('api/v1/organs/' + encodeURIComponent(organSelect.value) + '/dashboard?scope='
      + (subtree.checked ? 'subtree' : 'self'))
      .then(r => r.ok ? r.json() : Promise.reject(r.status))
      .then(counts => counts.year, () => new Date().getFullYear())
      .then(year => { yearInput.value = year; load(); });
  });
})();
